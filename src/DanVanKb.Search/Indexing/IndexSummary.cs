namespace DanVanKb.Search.Indexing;

/// <summary>What an index build wrote; an update (Updated) counts only what it rewrote.</summary>
public sealed record IndexSummary(int Documents, int Reports, int Passages)
{
    public bool Updated { get; init; }
}
