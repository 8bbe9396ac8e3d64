namespace DanVanKb.Core.Model;

/// <summary>A relation between two documents of one report, by their local ids, with the sentence or
/// table row that states it.</summary>
public sealed record Relation(string From, string To, RelationType Type, string Evidence, SourceSpan Span);
