using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>A paragraph's text: its lines (split at line breaks; tabs kept as '\t'), the notes it references
/// in order, and the text boxes anchored in it (read after it).</summary>
internal sealed record ParagraphText(IReadOnlyList<string> Lines, IReadOnlyList<NoteRef> Notes, IReadOnlyList<TextBoxContent> TextBoxes);
