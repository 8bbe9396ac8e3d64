namespace DanVanKb.Documents.Docx;

internal enum NoteKind
{
    Footnote,
    Endnote,
}
