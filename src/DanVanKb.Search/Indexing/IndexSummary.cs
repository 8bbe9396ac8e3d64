namespace DanVanKb.Search.Indexing;

/// <summary>What an index build wrote.</summary>
public sealed record IndexSummary(int Documents, int Reports, int Passages);
