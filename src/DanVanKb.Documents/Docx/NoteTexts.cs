using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>The text of each footnote and endnote by its id, read before the body so each can be written
/// right after the paragraph that references it. Separators and continuation notices are not notes.</summary>
internal sealed class NoteTexts
{
    private readonly Dictionary<(NoteKind, long), string> texts = [];

    public static NoteTexts Read(MainDocumentPart main, DocxContext context, int maxChars)
    {
        var notes = new NoteTexts();
        var total = 0L;
        foreach (var (kind, part) in new (NoteKind, OpenXmlPart?)[] { (NoteKind.Footnote, main.FootnotesPart), (NoteKind.Endnote, main.EndnotesPart) })
        {
            if (part is null) continue;
            foreach (var element in PartElements.At(part, 1))
            {
                var (id, type) = element switch
                {
                    Footnote f => (f.Id?.Value, f.Type?.Value),
                    Endnote e => (e.Id?.Value, e.Type?.Value),
                    _ => (null, null),
                };
                if (id is not long noteId || (type is { } t && t != FootnoteEndnoteValues.Normal)) continue;
                var text = FlatText.Of(element.ChildElements, context, numberNotes: false, []);
                total += text.Length;
                if (total > maxChars) throw ReportTextBuilder.TooMuchText(maxChars);
                notes.texts[(kind, noteId)] = text;
            }
        }
        return notes;
    }

    public string? Text(NoteRef note) => texts.GetValueOrDefault((note.Kind, note.Id));
}
