namespace DanVanKb.Storage.Writing;

/// <summary>What a graph rebuild wrote: documents, relations, documents cited with disagreeing dates or
/// symbols, and the reports whose citations now point at other documents than before.</summary>
public sealed record GraphSummary(int Documents, int Relations, int Conflicts)
{
    public IReadOnlyCollection<string> Remapped { get; init; } = [];
}
