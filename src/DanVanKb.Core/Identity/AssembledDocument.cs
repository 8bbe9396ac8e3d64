namespace DanVanKb.Core.Identity;

/// <summary>A document of the graph as it leaves its cluster: its id not yet told apart from others sharing
/// it (GraphIds), and the reports' local documents it is made of, in ClusterOrder.</summary>
public sealed record AssembledDocument(GraphDocument Document, IReadOnlyList<ClusterOrder.Member> Members);
