using System.Text.RegularExpressions;

namespace DanVanKb.Core.Vocabulary;

/// <summary>Abbreviations that reports use for bodies (domain.md), expanded when an issuer is named.</summary>
public static partial class Abbreviations
{
    private static readonly (string Short, string Long)[] Pairs =
    [
        ("BCHTW", "Ban Chấp hành Trung ương"),
        ("BCH TW", "Ban Chấp hành Trung ương"),
        ("BTVTU", "Ban Thường vụ Tỉnh ủy"),
        ("BTVHU", "Ban Thường vụ Huyện ủy"),
        ("BTV", "Ban Thường vụ"),
        ("BCH", "Ban Chấp hành"),
        ("BBT", "Ban Bí thư"),
        ("BCT", "Bộ Chính trị"),
        ("BDVTW", "Ban Dân vận Trung ương"),
        ("BDV", "Ban Dân vận"),
        ("BTT", "Ban Thường trực"),
        ("BTW", "Ban Thường vụ"),
        ("TTCP", "Thủ tướng Chính phủ"),
        ("TTg", "Thủ tướng Chính phủ"),
        ("UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
        ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
        ("MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("UBND", "Ủy ban nhân dân"),
        ("HĐND", "Hội đồng nhân dân"),
        ("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
        ("BCA", "Bộ Công an"),
        ("BCHQS", "Ban Chỉ huy quân sự"),
        ("CCB", "Cựu chiến binh"),
        ("HNTW", "Hội nghị Trung ương"),
        ("TW", "Trung ương"),
        ("TƯ", "Trung ương"),
        ("TP", "thành phố"),
        ("CATP", "Công an thành phố"),
    ];

    /// <remarks>"TƯ" is the first syllable of a word of its own in a heading's capitals: "SỞ TƯ PHÁP" (justice), "BỘ TƯ
    /// LỆNH" (command), "TƯ VẤN" (consultancy), "TƯ NHÂN", "TƯ THỤC" (private), not the Trung ương.</remarks>
    [GeneratedRegex(@"(?<![\p{L}\d])(BCHTW|BCH TW|BTVTU|BTVHU|BTV|BCH|BBT|BCT|BDVTW|BDV|BTT|BTW|TTCP|TTg|UBMTTQVN|UBMTTQ|MTTQVN|MTTQ|UBND|HĐND|UBTVQH|BCA|BCHQS|CCB|HNTW|TW|TƯ(?!\s+(?i:pháp|lệnh|vấn|nhân|thục|tưởng|liệu|cách|duy)(?!\p{L}))|TP|CATP)(?![\p{L}\d])")]
    private static partial Regex Pattern();

    private static readonly Dictionary<string, string> Map = Pairs.ToDictionary(p => p.Short, p => p.Long);

    public static string Expand(string text) => Pattern().Replace(text, m => Map[m.Value]);

    /// <summary>The text in lower case but for its abbreviations, kept for expanding: "UBND TỈNH NGHỆ AN" is "UBND tỉnh
    /// nghệ an", "SỞ TƯ PHÁP" is "sở tư pháp".</summary>
    public static string LowerKeeping(string text)
    {
        var lower = new System.Text.StringBuilder(text.Length);
        var at = 0;
        for (var m = Pattern().Match(text); m.Success; m = m.NextMatch())
        {
            lower.Append(text[at..m.Index].ToLowerInvariant()).Append(m.Value);
            at = m.Index + m.Length;
        }
        return lower.Append(text[at..].ToLowerInvariant()).ToString();
    }
}
