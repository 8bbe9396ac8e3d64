namespace DanVanKb.Core.Identity;

/// <summary>A document's id is a hash of what identifies it (its symbol, year and place); documents that
/// share one (one plan's citations that disagree on its day, a hash collision) are told apart in ClusterOrder:
/// the first keeps the id, the n-th is "id-n". Decided over all the documents sharing an id at once, so that
/// the order they were built in does not matter.</summary>
public static class GraphIds
{
    /// <summary>The documents with their final ids, in the order given.</summary>
    public static IReadOnlyList<GraphDocument> Assign(IReadOnlyList<AssembledDocument> documents)
    {
        var result = documents.Select(d => d.Document).ToArray();
        foreach (var group in Enumerable.Range(0, documents.Count).GroupBy(i => documents[i].Document.Id).Where(g => g.Count() > 1))
        {
            var members = group.ToArray();
            var ids = Rank(group.Key, [.. members.Select(i => documents[i].Members)]);
            for (var k = 0; k < members.Length; k++) result[members[k]] = result[members[k]] with { Id = ids[k] };
        }
        return result;
    }

    /// <summary>The final ids of documents sharing <paramref name="id"/>, given their members (each in
    /// ClusterOrder), aligned with them.</summary>
    public static string[] Rank(string id, IReadOnlyList<IReadOnlyList<ClusterOrder.Member>> sharing)
    {
        var lists = sharing.Select(m => m as ClusterOrder.Member[] ?? [.. m]).ToArray();
        var order = Enumerable.Range(0, sharing.Count).ToArray();
        Array.Sort(order, (x, y) => ClusterOrder.Compare(lists[x], lists[y]));
        var ids = new string[sharing.Count];
        for (var rank = 0; rank < order.Length; rank++) ids[order[rank]] = rank == 0 ? id : $"{id}-{rank + 1}";
        return ids;
    }
}
