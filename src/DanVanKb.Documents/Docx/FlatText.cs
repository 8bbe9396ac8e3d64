using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>A container's blocks as one line: a table cell (one cell of a tab-separated row) or a note
/// (one footnote line). Paragraphs, nested tables and text boxes are joined by spaces; tabs and line
/// breaks become spaces.</summary>
internal static class FlatText
{
    public static string Of(IEnumerable<OpenXmlElement> blocks, DocxContext context, bool numberNotes, List<NoteRef> notes)
    {
        var parts = new List<string>();
        Collect(blocks, context, numberNotes, notes, parts);
        return string.Join(' ', parts.Select(p => p.Replace('\t', ' ').Trim()).Where(p => p.Length > 0));
    }

    private static void Collect(IEnumerable<OpenXmlElement> blocks, DocxContext context, bool numberNotes, List<NoteRef> notes, List<string> parts)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    var text = InlineReader.Read(p, context, numberNotes);
                    parts.AddRange(text.Lines);
                    notes.AddRange(text.Notes);
                    foreach (var box in text.TextBoxes) Collect(box.ChildElements, context, numberNotes, notes, parts);
                    break;
                case Table table:
                    foreach (var row in TableGrid.Rows(table))
                        foreach (var cell in TableGrid.Cells(row).OfType<TableCell>())
                            Collect(cell.ChildElements, context, numberNotes, notes, parts);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    Collect(block.ChildElements, context, numberNotes, notes, parts);
                    break;
                case AlternateContent alternatives when Alternatives.Chosen(alternatives) is { } chosen:
                    Collect(chosen.ChildElements, context, numberNotes, notes, parts);
                    break;
                default: break;
            }
        }
    }
}
