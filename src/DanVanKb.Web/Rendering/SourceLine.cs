namespace DanVanKb.Web.Rendering;

/// <summary>A line of a report as the source page shows it: its number (the anchor evidence links land on)
/// and its HTML, rendered by Markdig with raw HTML disabled. Table rows carry their cells instead.</summary>
public sealed record SourceLine(int Number, string Kind, string Html, IReadOnlyList<string> Cells, string? FootnoteId);
