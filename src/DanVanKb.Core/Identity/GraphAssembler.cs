using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

using static DanVanKb.Core.Identity.GraphBuilder;

namespace DanVanKb.Core.Identity;

/// <summary>Builds the graph's documents one partition at a time, so that a store holds one partition's
/// citations instead of the archive's. A partition is everything one cluster can be compared with: the
/// symbols of one number and year (one symbol's spellings, and two symbols written for one document), or
/// one type and number cited without a symbol. The only step across partitions, an own report without a
/// number joining a cluster of its issuer (SameUnnumberedDocument), is kept for the end: the clusters it
/// could join are held back, the rest are finished as their partition is. The documents are those of a
/// whole-archive build, in any order; GraphIds then names the ones that share an id.</summary>
public sealed class GraphAssembler
{
    /// <summary>Where a whole-archive build lists a cluster: numbered by symbol (in the symbols' ordinal
    /// order) before cited by type and number, then by its place in its symbol's bucket.</summary>
    public readonly record struct Position(int Group, string Key, int Index) : IComparable<Position>
    {
        public int CompareTo(Position other)
        {
            var c = Group.CompareTo(other.Group);
            if (c == 0) c = string.CompareOrdinal(Key, other.Key);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    private readonly List<Item> unnumberedOwn;

    /// <summary>The (type, level) and localities of the unnumbered own reports: a cluster with an item of one of
    /// them is one such a report may join.</summary>
    private readonly Dictionary<(string Type, Level Level), HashSet<string>> joinable = [];

    private readonly List<Cluster> held = [];

    /// <param name="unnumberedOwn">The reports' own documents without a symbol (IsUnnumberedOwn), in the
    /// reports' ordinal order.</param>
    public GraphAssembler(IReadOnlyList<(string Source, CitedDocument Doc)> unnumberedOwn)
    {
        this.unnumberedOwn = [.. unnumberedOwn.Select(o => new Item(o.Source, o.Doc))];
        foreach (var o in unnumberedOwn)
            if (o.Doc.Issuer is { Level: Level level, Locality: string locality })
            {
                if (!joinable.TryGetValue((o.Doc.Type, level), out var places)) joinable[(o.Doc.Type, level)] = places = new(StringComparer.OrdinalIgnoreCase);
                places.Add(locality);
            }
    }

    /// <summary>The partition a cited document is clustered in; null for an own report without a number
    /// (IsUnnumberedOwn) and for a document cited without symbol or number, which no cluster takes.</summary>
    public static string? PartitionOf(CitedDocument doc) =>
        doc.Symbol is { } s ? $"s|{s.Number}|{s.Year}"
        : !doc.IsOwn && doc.Number is not null ? $"n|{NumberOnlyKey(doc)}"
        : null;

    /// <summary>A document known only by its number keeps it as written (7 or 07); reports that write it either way
    /// name one document.</summary>
    private static string NumberOnlyKey(CitedDocument doc) => $"{doc.Type} {SymbolParser.CanonicalNumber(doc.Number!)}";

    public static bool IsUnnumberedOwn(CitedDocument doc) => doc.Symbol is null && doc.IsOwn;

    /// <summary>Clusters one partition's documents (given in the reports' ordinal order, each report's in its
    /// order) and returns the documents no unnumbered own report can join.</summary>
    public IReadOnlyList<AssembledDocument> Add(IReadOnlyList<(string Source, CitedDocument Doc)> partition)
    {
        if (partition.Count == 0) return [];
        var key = PartitionOf(partition[0].Doc) ?? throw new ArgumentException("a document no partition takes", nameof(partition));
        if (partition.Any(i => PartitionOf(i.Doc) != key)) throw new ArgumentException("documents of several partitions", nameof(partition));

        var clusters = new List<Cluster>();
        var numbered = partition[0].Doc.Symbol is not null;
        foreach (var bucket in partition.Select(i => new Item(i.Source, i.Doc)).GroupBy(i => numbered ? i.Doc.Symbol!.Key : NumberOnlyKey(i.Doc)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var inBucket = ClusterBucket([.. bucket]);
            for (var i = 0; i < inBucket.Count; i++) inBucket[i].Position = new Position(numbered ? 0 : 1, bucket.Key, i);
            clusters.AddRange(inBucket);
        }
        if (numbered) MergeSameNumberAndDate(clusters);

        var done = new List<AssembledDocument>(clusters.Count);
        foreach (var c in clusters)
            if (Joinable(c)) held.Add(c);
            else done.Add(Canonical(c));
        return done;
    }

    /// <summary>Joins each unnumbered own report to the first held cluster of its issuer that is the same
    /// document, or makes it its own, and returns those documents.</summary>
    public IReadOnlyList<AssembledDocument> Finish()
    {
        held.Sort((a, b) => a.Position.CompareTo(b.Position));
        var clusters = new List<Cluster>(held);
        held.Clear();
        // clusters are looked up by (type, level, locality) instead of tried one by one
        var byIssuer = new IssuerIndex();
        var titles = new TitleSimilarity.Memo();
        for (var i = 0; i < clusters.Count; i++)
            foreach (var item in clusters[i].Items) byIssuer.Add(clusters[i], i, item);
        foreach (var own in unnumberedOwn)
        {
            var match = byIssuer.Candidates(own.Doc).FirstOrDefault(i => SameUnnumberedDocument(own.Doc, clusters[i], titles), -1);
            if (match < 0)
            {
                match = clusters.Count;
                clusters.Add(new Cluster());
            }
            clusters[match].Add(own);
            byIssuer.Add(clusters[match], match, own);
        }
        unnumberedOwn.Clear();
        return [.. clusters.Select(Canonical)];
    }

    /// <summary>The clusters IssuerIndex would offer an unnumbered own report: keyed by their first item's type
    /// and any item's issuer.</summary>
    private bool Joinable(Cluster c)
    {
        var type = c.Items[0].Doc.Type;
        foreach (var item in c.Items)
            if (item.Doc.Issuer is { Level: Level level, Locality: string locality }
                && joinable.TryGetValue((type, level), out var places) && places.Contains(locality))
                return true;
        return false;
    }
}
