namespace DanVanKb.Documents.Docx;

/// <summary>Where one line of a Word document's text came from, so a page can say "đoạn 12": the 1-based
/// line of the text; the body paragraph's number (counting paragraphs that hold text), the table's number
/// with the row's, or the note's marker number.</summary>
public sealed record LineOrigin(int Line, LinePart Part, int Number, int? Row = null);
