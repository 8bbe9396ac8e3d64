namespace DanVanKb.Documents.Docx;

/// <summary>A reference to a footnote or endnote, with the number its marker shows in the text.</summary>
internal sealed record NoteRef(NoteKind Kind, long Id, int Number);
