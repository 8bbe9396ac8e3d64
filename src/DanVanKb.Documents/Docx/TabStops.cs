using System.Text.RegularExpressions;

namespace DanVanKb.Documents.Docx;

/// <summary>What a tab inside a body paragraph means. Leading and trailing tabs are indentation; the tab
/// after a list label ("1.", "a)", "-") is a space; two short pieces side by side are a layout line
/// ("Số: 12-BC/HU ⇥ Hàm Yên, ngày …", "Nơi nhận: ⇥ T/M BAN THƯỜNG VỤ") and become two lines, as the
/// header and signature readers expect; three or more pieces are a tabbed table row and keep their tabs.</summary>
internal static partial class TabStops
{
    private const int ShortPiece = 80;

    [GeneratedRegex(@"^(?:[-–—•+*]|\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXLC]{1,7}[.)]|[a-zđ][.)]|\(\w{1,3}\))$")]
    private static partial Regex ListLabel();

    public static IReadOnlyList<string> Lines(string raw)
    {
        if (!raw.Contains('\t')) return [raw];
        var pieces = raw.Split('\t').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count <= 1) return pieces;
        if (ListLabel().IsMatch(pieces[0]))
        {
            var rest = Lines(string.Join('\t', pieces.Skip(1)));
            return [pieces[0] + " " + rest[0], .. rest.Skip(1)];
        }
        if (pieces.Count == 2) return pieces.All(p => p.Length <= ShortPiece) ? pieces : [string.Join(' ', pieces)];
        return [string.Join('\t', pieces)];
    }
}
