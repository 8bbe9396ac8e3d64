using System.Text.RegularExpressions;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Vocabulary;

/// <summary>The sectors a ministry (Bộ), a provincial department (Sở) or a district office (Phòng) is named for,
/// as they are capitalised: "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội". Their lower-case words and
/// their "và" belong to the body's name ("Sở Giáo dục và Đào tạo tỉnh Nghệ An"), and a header set in capitals
/// gets their capitals back.</summary>
public static class SectorNames
{
    private static readonly string[] Names =
    [
        "Lao động - Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn",
        "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao",
        "Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Khoa học và Công nghệ", "Kế hoạch và Đầu tư",
        "Thông tin và Truyền thông", "Giao thông vận tải", "Dân tộc và Tôn giáo", "Tài chính và Kế hoạch",
        "Công Thương", "Tài chính", "Nội vụ", "Tư pháp", "Y tế", "Xây dựng", "Ngoại vụ", "Quốc phòng", "Ngoại giao",
        // the names of ministries and departments before their mergers, still cited in the documents they issued
        "Văn hóa - Thông tin", "Văn hóa - Thể thao", "Bưu chính - Viễn thông", "Thủy sản", "Thương mại", "Công nghiệp",
    ];

    private static readonly Dictionary<string, string> Canonical =
        Names.ToDictionary(n => Key(n), n => n, StringComparer.Ordinal);

    /// <summary>A sector's name after its body's word, in any case: "Sở GIÁO DỤC VÀ ĐÀO TẠO", "bộ tài chính", "Bộ Lao
    /// động, Thương binh và Xã hội". Built from <see cref="Names"/>, longest first.</summary>
    public static Regex Pattern { get; } = new(
        @"(?<=(?<![\p{L}])(?:Bộ|Sở|Phòng)\s+)" + Sector + @"(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The body's word and its sector's name: "BỘ TRƯỞNG BỘ TƯ PHÁP" set in lower case is "… bộ tư pháp", whose
    /// body is the Bộ Tư pháp.</summary>
    private static readonly Regex BodyAndSector = new(
        @"(?<![\p{L}])(?<body>Bộ|Sở|Phòng)(?<gap>\s+)(?<sector>" + Sector + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string Sector => "(?:" + string.Join('|', Names.OrderByDescending(n => n.Length).Select(Written)) + ")";

    /// <summary>A name as texts write it: any spacing, " - " or ", " between its parts, "hóa" or "hoá".</summary>
    private static string Written(string name) =>
        string.Join(@"\s*[-,]\s*", Regex.Split(name, @"\s*[-,]\s*").Select(part =>
            string.Join(@"\s+", part.Split(' ').Select(w => Regex.Escape(w).Replace("hóa", "h(?:óa|oá)", StringComparison.Ordinal)))));

    /// <summary>The text with each sector name after Bộ, Sở or Phòng that is all in one case written as it is
    /// capitalised, and its body's word with a capital; a name already in mixed case is left as the text writes it.</summary>
    public static string Capitalize(string text) =>
        BodyAndSector.Replace(text, m =>
        {
            var sector = m.Groups["sector"].Value;
            var body = m.Groups["body"].Value;
            return char.ToUpperInvariant(body[0]) + body[1..].ToLowerInvariant() + m.Groups["gap"].Value
                + (sector.Any(char.IsUpper) && sector.Any(char.IsLower) ? sector : Canonical.GetValueOrDefault(Key(sector), sector));
        });

    /// <summary>One key for every way a name is written: lower case, "hóa", one "-" between parts, single spaces.</summary>
    private static string Key(string name) =>
        Spacing.Collapse(Regex.Replace(name.ToLowerInvariant().Replace("hoá", "hóa", StringComparison.Ordinal), @"\s*[-,]\s*", "-"));
}
