namespace DanVanKb.Core.Text;

/// <summary>A logical unit of the report: a paragraph (re-joined across page breaks), a footnote with
/// its marker, or a table row with its cells.</summary>
public sealed record Block(BlockKind Kind, MappedText Text, string? FootnoteMarker, IReadOnlyList<MappedText> Cells)
{
    /// <summary>Footnote markers that this block's text carries (¹, ⁽²⁾, ^[6]), in order, with their
    /// offsets in <see cref="Text"/>.</summary>
    public IReadOnlyList<(string Marker, int Offset)> Markers { get; init; } = [];
}
