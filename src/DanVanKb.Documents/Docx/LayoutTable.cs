using System.Text.RegularExpressions;

using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>A borderless table that only places the header block ("TỈNH ỦY …" beside "ĐẢNG CỘNG SẢN VIỆT NAM",
/// "Số …" beside the place and date) or the signature block ("Nơi nhận" beside "T/M BAN THƯỜNG VỤ"), as
/// Vietnamese administrative documents are laid out. Its cells are read as paragraphs, column by column,
/// as a plain-text conversion lists them, not as a data row.</summary>
internal static partial class LayoutTable
{
    private const int MaxRows = 4;
    private const int MaxColumns = 3;

    [GeneratedRegex(@"^(?:Số\s*:?\s*[\d\s.]*[-/]|Nơi nhận\b|(?:T/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?)\s+\p{Lu}|(?:ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ) |\p{Lu}[\p{L} .]{1,40},\s*ngày\b.*\bnăm\s*\d{4})")]
    private static partial Regex BlockLine();

    public static bool Is(Table table, DocxContext context)
    {
        var rows = TableGrid.Rows(table).ToList();
        if (rows.Count is 0 or > MaxRows) return false;
        var cells = rows.Select(r => r.Elements<TableCell>().ToList()).ToList();
        if (cells.Any(r => r.Count > MaxColumns) || cells.All(r => r.Count < 2)) return false;
        return cells.SelectMany(r => r).SelectMany(c => c.Descendants<Paragraph>())
            .Any(p => InlineReader.Read(p, context, numberNotes: false).Lines.Any(l => BlockLine().IsMatch(l.Trim())));
    }

    /// <summary>The cells column by column: the left column's lines, then the right column's.</summary>
    public static IEnumerable<TableCell> ColumnMajor(Table table)
    {
        var rows = TableGrid.Rows(table).Select(r => r.Elements<TableCell>().ToList()).ToList();
        var columns = rows.Max(r => r.Count);
        for (var c = 0; c < columns; c++)
            foreach (var row in rows.Where(r => c < r.Count))
                yield return row[c];
    }
}
