namespace DanVanKb.Core.Model;

/// <summary>Everything one report yields: its own document, every mention, the documents they resolve
/// to and the relations between them.</summary>
public sealed record ExtractionResult(
    ReportInfo Report,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<CitedDocument> Documents,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Diagnostic> Diagnostics);
