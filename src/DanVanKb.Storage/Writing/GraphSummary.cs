namespace DanVanKb.Storage.Writing;

/// <summary>What a graph rebuild wrote: documents, relations, and documents cited with disagreeing dates
/// or symbols.</summary>
public sealed record GraphSummary(int Documents, int Relations, int Conflicts);
