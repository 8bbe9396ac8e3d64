namespace DanVanKb.Search.Indexing;

/// <summary>A paragraph, footnote or table row of a report: its text (NFC, markup removed), where it
/// starts in the file, and the documents it mentions.</summary>
public sealed record Passage(int Index, string Block, string Text, int Start, int Line, IReadOnlyList<string> Documents);
