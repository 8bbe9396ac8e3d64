namespace DanVanKb.Core.Identity;

/// <summary>The merged citation graph, with where each report's local document went.</summary>
public sealed record KnowledgeGraph(
    IReadOnlyList<GraphDocument> Documents,
    IReadOnlyList<GraphRelation> Relations,
    IReadOnlyDictionary<(string Source, string Local), string> DocumentOf);
