namespace DanVanKb.Core.Tests.Extraction;

/// <summary>A report snippet and what a careful reader finds in it. By default the documents and relations
/// listed are all there is: an extra one is as wrong as a missing one.</summary>
public sealed record ExtractorSpec(string Name, string Text)
{
    public IReadOnlyList<ExpectedDocument> Documents { get; init; } = [];

    public IReadOnlyList<ExpectedRelation> Relations { get; init; } = [];

    public ExpectedOwnDocument? Own { get; init; }

    public bool ExactDocuments { get; init; } = true;

    public bool ExactRelations { get; init; } = true;

    /// <summary>Every short back-reference (Nghị quyết số 25, Kế hoạch 45) resolves to a document.</summary>
    public bool ShortReferencesResolve { get; init; }

    public override string ToString() => Name;
}
