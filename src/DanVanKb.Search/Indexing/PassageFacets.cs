namespace DanVanKb.Search.Indexing;

/// <summary>What a passage takes from a document it cites: the filter values (type, level, place, year). A
/// build keeps these for every document while it writes the passages, not the documents' titles, issuers and
/// variants, and one instance per distinct set (thousands of plans share one).</summary>
public sealed record PassageFacets(string Type, string? Level, string? Place, int? Year)
{
    public static PassageFacets Of(IndexDocument d) => new(d.Type, d.Level, d.Place, d.Year);

    /// <summary>Each document's facets by id, equal sets shared.</summary>
    public sealed class Table
    {
        private readonly Dictionary<string, PassageFacets> byId = new(StringComparer.Ordinal);
        private readonly Dictionary<PassageFacets, PassageFacets> shared = [];

        public void Add(IndexDocument d)
        {
            var facets = PassageFacets.Of(d);
            byId[d.Id] = shared.TryGetValue(facets, out var same) ? same : shared[facets] = facets;
        }

        public PassageFacets? Find(string id) => byId.GetValueOrDefault(id);

        public static Table From(IEnumerable<IndexDocument> documents)
        {
            var table = new Table();
            foreach (var d in documents) table.Add(d);
            return table;
        }
    }
}
