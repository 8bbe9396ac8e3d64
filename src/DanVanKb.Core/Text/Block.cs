namespace DanVanKb.Core.Text;

/// <summary>A logical unit of the report: a paragraph (re-joined across page breaks), a footnote with
/// its marker, or a table row with its cells.</summary>
public sealed record Block(BlockKind Kind, MappedText Text, string? FootnoteMarker, IReadOnlyList<MappedText> Cells);
