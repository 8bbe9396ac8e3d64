using System.Text.RegularExpressions;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>The first blocks of a text as the header's logical lines. Headers reach us as paragraphs, as table
/// rows (tab- or "|"-separated), or as a PDF's broken lines ("ỦY BAN NHÂN" / "DÂN", "Số:" / "15/2023/QĐ-UBND",
/// "Thái" / "Nguyên, ngày 28 tháng 10 năm 2022"); the national motto carries nothing and is left out.</summary>
internal static partial class HeaderLines
{
    public const int Blocks = 20;

    public readonly record struct Line(string Text, int Block);

    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and "ĐẢNG CỘNG SẢN VIỆT NAM",
    /// also run into the lines beside them when a table was flattened; not the Party named in a title ("… NGÀY THÀNH
    /// LẬP ĐẢNG CỘNG SẢN VIỆT NAM", "… CỦA ĐẢNG CỘNG SẢN VIỆT NAM").</summary>
    [GeneratedRegex(@"(?:CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGH[ĨI]A\s+VIỆT\s+NAM|(?<!(?:THÀNH\s+LẬP|CỦA|VỀ|VỚI)\s+)ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)(?:\s*Độc\s+lập\s*[-–]\s*(?:Tự(?:\s+do)?\s*[-–]\s*)?Hạnh\s+phúc)?|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc", RegexOptions.IgnoreCase)]
    private static partial Regex Motto();

    /// <summary>Words a body's name cannot end with: the line was cut inside the name.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:ỦY|UỶ|BAN|NHÂN|HỘI|BỘ|SỞ|TỈNH|HUYỆN|XÃ|QUẬN|VÀ|LAO|THƯỜNG|CHẤP|MẶT|[-–])$")]
    private static partial Regex CutBodyName();

    /// <summary>A line that names a whole body by itself ("THÀNH ỦY BẢO LỘC" under "ĐẢNG BỘ TỈNH LÂM ĐỒNG").</summary>
    [GeneratedRegex(@"^(?:TỈNH|HUYỆN|THÀNH|THỊ|QUẬN|ĐẢNG) (?:ỦY|UỶ)|^(?:ỦY BAN|UỶ BAN|BAN|HỘI ĐỒNG) ")]
    private static partial Regex NamedBody();

    [GeneratedRegex(@"^(?:Số|SỐ)\s*:?$")]
    private static partial Regex BareNumberLabel();

    /// <summary>The rule drawn under a body's name or the motto, run into the line when a header table was flattened:
    /// "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN ------- Số: 4653/QĐ-BNN-KHCN".</summary>
    [GeneratedRegex(@"\s*[-–_=*]{3,}\s*")]
    private static partial Regex DecorativeRule();

    /// <summary>A two-column header flattened into one line with its columns' spacing kept: "Số:  1805/QĐ-UBND
    /// (spaces) Đồng Nai, ngày 30 tháng 5 năm 2017".</summary>
    [GeneratedRegex(@"^(?<number>(?:Số|SỐ)\s*:?\s*\S+)\s{3,}(?<placeDate>\p{Lu}[\p{L}’' –-]{1,40},\s*ngày.*)$")]
    private static partial Regex NumberBesidePlaceDate();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}$")]
    private static partial Regex PlaceNameStart();

    [GeneratedRegex(@"^[\p{L}’' –-]{1,30},\s*ngày", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateRest();

    [GeneratedRegex(@"(?<![\p{L}])ngày\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithNgay();

    /// <summary>The header's lines, read from block <paramref name="from"/>.</summary>
    public static List<Line> Read(IReadOnlyList<Block> blocks, int from = 0)
    {
        var raw = new List<Line>();
        for (var i = from; i < Math.Min(blocks.Count, from + Blocks); i++)
        {
            var b = blocks[i];
            var pieces = b.Kind == BlockKind.TableRow ? b.Cells.Select(c => c.Text) : b.Kind == BlockKind.Paragraph ? [b.Text.Text] : [];
            foreach (var piece in pieces)
                foreach (var part in Motto().Split(piece).SelectMany(p => DecorativeRule().Split(p)))
                {
                    var t = part.Trim().Trim('|').Trim();
                    if (NumberBesidePlaceDate().Match(t) is { Success: true } columns)
                    {
                        raw.Add(new Line(columns.Groups["number"].Value, i));
                        raw.Add(new Line(columns.Groups["placeDate"].Value, i));
                        continue;
                    }
                    if (t.Length > 0 && t.Any(char.IsLetterOrDigit) && !IsMottoFragment(t)) raw.Add(new Line(t, i));
                }
        }
        var lines = new List<Line>();
        foreach (var line in raw)
        {
            if (lines.Count > 0 && Continues(lines[^1].Text, line.Text))
            {
                lines[^1] = lines[^1] with { Text = lines[^1].Text + " " + line.Text };
                continue;
            }
            lines.Add(line);
        }
        return lines;
    }

    private static readonly HashSet<string> MottoWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cộng", "hòa", "hoà", "xã", "hội", "chủ", "nghĩa", "việt", "nam", "đảng", "sản", "độc", "lập", "tự", "do", "hạnh", "phúc",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MottoWordSpans = MottoWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words only the motto has, one of which a fragment of it must hold.</summary>
    private static readonly HashSet<string> MottoOnlyWords = new(StringComparer.OrdinalIgnoreCase) { "cộng", "nghĩa", "độc", "hạnh", "phúc", "sản" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MottoOnlyWordSpans = MottoOnlyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A piece of the motto broken over lines: "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". Read word by word
    /// without splitting: every line of a header is asked, and most fail at their first word.</summary>
    private static bool IsMottoFragment(string line)
    {
        var text = line.AsSpan();
        var motto = false;
        foreach (var range in text.SplitAny([' ', '-', '–']))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (!MottoWordSpans.Contains(word)) return false;
            motto |= MottoOnlyWordSpans.Contains(word);
        }
        return motto;
    }

    private static bool Continues(string previous, string next)
    {
        if (BareNumberLabel().IsMatch(previous)) return true;
        if (EndsWithNgay().IsMatch(previous) && (char.IsDigit(next[0]) || next.StartsWith("tháng", StringComparison.OrdinalIgnoreCase))) return true;
        if (PlaceNameStart().IsMatch(previous) && PlaceDateRest().IsMatch(next) && !ReportHeaderReader.IsUpper(previous)) return true;
        return ReportHeaderReader.IsUpper(previous) && ReportHeaderReader.IsUpper(next) && CutBodyName().IsMatch(previous) && next.Length < 80
            && !NamedBody().IsMatch(next);
    }
}
