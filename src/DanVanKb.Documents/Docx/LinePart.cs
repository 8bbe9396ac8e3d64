namespace DanVanKb.Documents.Docx;

/// <summary>What part of a Word document a line of its text came from.</summary>
public enum LinePart
{
    Paragraph,
    TableRow,
    Footnote,
    Endnote,
}
