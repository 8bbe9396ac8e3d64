using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>A page that announces a document and then reproduces it: "Ngày 23/8/2017, Tỉnh ủy … đã ban hành Chương
/// trình số 27-CTr/TU về …. Ban quản trị xin đăng toàn văn Chương trình này:", "… đã ban hành Chỉ thị số 17 về …
/// Nội dung Chỉ thị như sau:". The text's own document is the one announced.</summary>
internal static partial class AnnouncementReader
{
    /// <param name="Written">The symbol as written, or null for a document announced by its number alone.</param>
    /// <param name="Alone">The announcing paragraph cites nothing else: its citation is the text's own.</param>
    public sealed record Announcement(string Type, string? Written, DocumentSymbol? Symbol, PartialDate? Date, string? IssuerPhrase, int Block, bool Alone);

    [GeneratedRegex(@"(?<![\p{L}])(?:đã\s+|vừa\s+)?ban hành\s+(?<tw>Chương trình hành động|Chương trình|Kế hoạch|Chỉ thị|Nghị quyết|Quyết định|Hướng dẫn|Kết luận|Quy chế|Quy định|Đề án|Công văn|Thông báo)\s+(?:số\s*:?\s*)?(?<num>\d[^\s,;]*)")]
    private static partial Regex Announces();

    [GeneratedRegex(@"(?<![\p{L}])[Nn]gày\s+(?<date>\d{1,2}([/-])\d{1,2}\1\d{4})\s*,")]
    private static partial Regex LeadDate();

    private static bool Reproduces(string text) => ReproductionMarkers.Words().IsMatch(text) || ReproductionMarkers.ContentFollows().IsMatch(text);

    /// <summary>The body that issued it, named last before the verb: "Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế".</summary>
    private static string? Subject(string prefix)
    {
        var s = prefix[(prefix.LastIndexOf(',') + 1)..].Trim();
        return s.Length is > 2 and <= 90 && char.IsUpper(s[0]) && !s.Contains('.') ? s : null;
    }

    /// <summary>How many paragraphs after the announcement may say that the document follows.</summary>
    private const int MarkerReach = 2;

    /// <summary>The announcement among the paragraphs before <paramref name="before"/> of a document of
    /// <paramref name="type"/> (any type when null), when a paragraph at most <see cref="MarkerReach"/> after it says the
    /// document follows.</summary>
    public static Announcement? Read(IReadOnlyList<Block> blocks, int before, string? type)
    {
        for (var i = 0; i < Math.Min(before, blocks.Count); i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph) continue;
            var t = blocks[i].Text.Text;
            var m = Announces().Match(t);
            if (!m.Success) continue;
            var announcedType = DocumentTypes.FromWord(m.Groups["tw"].Value)?.Name;
            if (announcedType is null || (type is not null && type != announcedType)) continue;
            if (!Enumerable.Range(i, MarkerReach + 1).Any(k => k < blocks.Count && Reproduces(k == i ? t[m.Index..] : blocks[k].Text.Text))) continue;
            var number = m.Groups["num"].Value.TrimEnd('.');
            var symbol = SymbolParser.Parse(number);
            var prefix = t[..m.Index];
            var date = LeadDate().Match(prefix) is { Success: true } d ? DateParser.Parse(d.Groups["date"].Value) : null;
            var alone = SymbolParser.FindAll(t).Count + CitationPatterns.ShortReference.Matches(t).Count <= 1;
            return new Announcement(announcedType, symbol is null ? null : number, symbol, date, Subject(prefix), i, alone);
        }
        return null;
    }
}
