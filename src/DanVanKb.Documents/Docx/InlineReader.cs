using System.Text;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>Reads one paragraph's runs in document order: text (legacy fonts converted, superscript digits
/// as ¹²), tabs, line breaks, note references (as their superscript number); inserted text is read,
/// deleted and hidden text, field codes and drawings are not; text boxes are handed back to be read as
/// blocks.</summary>
internal sealed class InlineReader
{
    private readonly DocxContext context;
    private readonly string? paragraphStyle;
    private readonly bool numberNotes;
    private readonly List<string> lines = [];
    private readonly StringBuilder line = new();
    private readonly List<NoteRef> notes = [];
    private readonly List<TextBoxContent> boxes = [];

    // consecutive text in one font is converted together: a legacy letter and its accent may sit in two runs
    private readonly StringBuilder pending = new();
    private (string? Font, bool Superscript) pendingFormat;

    private InlineReader(DocxContext context, string? paragraphStyle, bool numberNotes)
    {
        this.context = context;
        this.paragraphStyle = paragraphStyle;
        this.numberNotes = numberNotes;
    }

    /// <param name="numberNotes">False for a note's own text and for a look ahead: references are then not numbered or shown.</param>
    public static ParagraphText Read(Paragraph paragraph, DocxContext context, bool numberNotes = true)
    {
        var reader = new InlineReader(context, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value, numberNotes);
        reader.Walk(paragraph);
        reader.Flush();
        reader.lines.Add(reader.line.ToString());
        return new ParagraphText(reader.lines, reader.notes, reader.boxes);
    }

    private void Walk(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run: ReadRun(run); break;
                case TextBoxContent box: boxes.Add(box); break;
                case AlternateContent alternatives:
                    if (Alternatives.Chosen(alternatives) is { } chosen) Walk(chosen);
                    break;
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun: break;
                // hyperlinks, fields' results, content controls, insertions, smart tags, drawings (for their text boxes)
                default: Walk(child); break;
            }
        }
    }

    private void ReadRun(Run run)
    {
        if (context.Styles.IsHidden(run, paragraphStyle)) return;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text text: AddText(run, text.Text); break;
                case TabChar or PositionalTab: Put("\t"); break;
                case Break or CarriageReturn: NewLine(); break;
                case NoBreakHyphen: Put("-"); break;
                case FootnoteReference f when numberNotes && f.Id?.Value is long id: Reference(NoteKind.Footnote, id); break;
                case EndnoteReference e when numberNotes && e.Id?.Value is long id: Reference(NoteKind.Endnote, id); break;
                case AlternateContent alternatives:
                    if (Alternatives.Chosen(alternatives) is { } chosen) Walk(chosen);
                    break;
                case Drawing or Picture or EmbeddedObject: Walk(child); break;
                // field codes, deleted text, a note's own mark, symbols of symbol fonts, page-break hints
                default: break;
            }
        }
    }

    private void Reference(NoteKind kind, long id)
    {
        var note = context.Notes.Reference(kind, id);
        notes.Add(note);
        Put(Superscripts.Of(note.Number));
    }

    private void AddText(Run run, string text)
    {
        if (text.Length == 0) return;
        var format = (context.Styles.FontOf(run, paragraphStyle, text), context.Styles.IsSuperscript(run, paragraphStyle));
        if (format != pendingFormat) Flush();
        pendingFormat = format;
        pending.Append(text);
    }

    private void Put(string text)
    {
        Flush();
        line.Append(text);
    }

    private void NewLine()
    {
        Flush();
        lines.Add(line.ToString());
        line.Clear();
    }

    private void Flush()
    {
        if (pending.Length == 0) return;
        var raw = pending.ToString();
        pending.Clear();
        var (font, superscript) = pendingFormat;
        var text = raw;
        if (font is not null && LegacyRuns.Convert(font, raw) is { } unicode)
        {
            text = unicode;
            context.LegacyFonts.Add(font);
        }
        line.Append(superscript ? Superscripts.OfDigits(text) ?? text : text);
    }
}
