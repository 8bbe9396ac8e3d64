using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>Writes the body's blocks as lines: each paragraph (then its text boxes, then the notes it
/// references); each data table as tab-separated rows (then the notes referenced in it, so the rows
/// stay one table); layout tables cell by cell; content controls and custom XML through.</summary>
internal sealed class BodyWriter(DocxContext context, NoteTexts noteTexts, ReportTextBuilder output)
{
    private readonly HashSet<NoteRef> written = [];
    private int paragraphs;
    private int tables;

    public void Block(OpenXmlElement block)
    {
        switch (block)
        {
            case Paragraph p: Paragraph(p); break;
            case Table t: Table(t); break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock:
                foreach (var child in block.ChildElements) Block(child);
                break;
            case AlternateContent alternatives when Alternatives.Chosen(alternatives) is { } chosen:
                foreach (var child in chosen.ChildElements) Block(child);
                break;
            // section properties, bookmarks, permission marks: no text
            default: break;
        }
    }

    private void Paragraph(Paragraph paragraph)
    {
        var text = InlineReader.Read(paragraph, context);
        var number = paragraphs + 1;
        var added = false;
        foreach (var line in text.Lines.SelectMany(TabStops.Lines))
            added |= output.Add(line, LinePart.Paragraph, number);
        if (added) paragraphs = number;
        foreach (var box in text.TextBoxes)
            foreach (var child in box.ChildElements) Block(child);
        Notes(text.Notes);
    }

    private void Table(Table table)
    {
        if (LayoutTable.Is(table, context))
        {
            foreach (var cell in LayoutTable.ColumnMajor(table))
                foreach (var child in cell.ChildElements) Block(child);
            return;
        }
        var number = ++tables;
        var notes = new List<NoteRef>();
        var row = 0;
        foreach (var tableRow in TableGrid.Rows(table))
        {
            row++;
            var cells = TableGrid.Cells(tableRow)
                .Select(c => c is null ? "" : FlatText.Of(c.ChildElements, context, numberNotes: true, notes)).ToList();
            if (cells.Any(c => c.Length > 0)) output.Add(string.Join('\t', cells), LinePart.TableRow, number, row);
        }
        Notes(notes);
    }

    private void Notes(IEnumerable<NoteRef> notes)
    {
        foreach (var note in notes)
        {
            if (!written.Add(note) || noteTexts.Text(note) is not { Length: > 0 } text) continue;
            output.Add($"{Superscripts.Of(note.Number)} {text}", note.Kind == NoteKind.Footnote ? LinePart.Footnote : LinePart.Endnote, note.Number);
        }
    }
}
