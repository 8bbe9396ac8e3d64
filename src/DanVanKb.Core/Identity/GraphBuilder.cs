using System.Security.Cryptography;
using System.Text;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>Builds the knowledge base's graph from every report's extraction. One document however it is
/// written; two when they only share a number (another year, another locality). Canonical values come
/// from independent agreement between reports, then from what fits the symbol's year and the issuer's
/// term, then from how often they were written.</summary>
public static partial class GraphBuilder
{
    internal readonly record struct Item(string Source, CitedDocument Doc);

    internal sealed class Cluster(bool countSources = false)
    {
        public List<Item> Items { get; } = [];

        /// <summary>Where a whole-archive build would list it (GraphAssembler.Position): which of two clusters
        /// an unnumbered own report tries first.</summary>
        public GraphAssembler.Position Position { get; set; }

        /// <summary>One item per distinct (date, title, place): what a new item is compared with.</summary>
        public Dictionary<(PartialDate?, string?, Level?, string?), Item> Distinct { get; } = [];

        /// <summary>The full dates its items were written with: what two spellings of one symbol must share.</summary>
        public HashSet<PartialDate> FullDates { get; } = [];

        /// <summary>The reports its items come from: counted only while its symbol's bucket is clustered, then
        /// let go (Settle), as a rebuild holds many clusters at once (a partition's, and those held back).</summary>
        private HashSet<string>? sources = countSources ? new(StringComparer.Ordinal) : null;

        public int SourceCount => sources?.Count ?? throw new InvalidOperationException("the cluster does not count its reports");

        public void Settle() => sources = null;

        public void Add(Item item)
        {
            Items.Add(item);
            sources?.Add(item.Source);
            if (item.Doc.Date is { IsFull: true } day) FullDates.Add(day);
            Distinct.TryAdd((item.Doc.Date, item.Doc.Title, item.Doc.Issuer?.Level, item.Doc.Issuer?.Locality), item);
        }
    }

    public static KnowledgeGraph Build(IReadOnlyList<SourceExtraction> sources)
    {
        var graph = BuildDocuments(sources);
        var relations = sources.OrderBy(s => s.SourceId, StringComparer.Ordinal)
            .SelectMany(s => RelationsOf(s.SourceId, s.Result.Relations, graph.DocumentOf)).ToList();
        relations.Sort((a, b) => string.CompareOrdinal($"{a.From}|{a.To}|{a.Type}|{a.Source}", $"{b.From}|{b.To}|{b.Type}|{b.Source}"));
        return graph with { Relations = relations };
    }

    /// <summary>The documents and where each report's local document went, without relations: a store maps
    /// them report by report afterwards (RelationsOf), so it never holds every report's relations at once.
    /// Partition by partition, as a store builds them (GraphAssembler), here from memory.</summary>
    public static KnowledgeGraph BuildDocuments(IReadOnlyList<SourceExtraction> sources)
    {
        var items = sources.OrderBy(s => s.SourceId, StringComparer.Ordinal)
            .SelectMany(s => s.Result.Documents.Select(d => (s.SourceId, Doc: d))).ToList();
        var assembler = new GraphAssembler([.. items.Where(i => GraphAssembler.IsUnnumberedOwn(i.Doc))]);
        var built = new List<AssembledDocument>();
        foreach (var partition in items.Where(i => GraphAssembler.PartitionOf(i.Doc) is not null).GroupBy(i => GraphAssembler.PartitionOf(i.Doc)!))
            built.AddRange(assembler.Add([.. partition]));
        built.AddRange(assembler.Finish());

        var documents = GraphIds.Assign(built);
        var documentOf = new Dictionary<(string, string), string>(items.Count);
        for (var i = 0; i < built.Count; i++)
            foreach (var m in built[i].Members) documentOf[(m.Source, m.Local)] = documents[i].Id;
        // each key written once, not at every comparison
        var keys = documents.Select(SortKey).ToArray();
        var sorted = documents.ToArray();
        Array.Sort(keys, sorted, StringComparer.Ordinal);
        return new KnowledgeGraph(sorted, [], documentOf);
    }

    /// <summary>One report's relations between the graph's documents: a relation between two of its local
    /// documents that became one is dropped, and one written twice is kept once.</summary>
    public static IEnumerable<GraphRelation> RelationsOf(string sourceId, IEnumerable<Relation> relations, IReadOnlyDictionary<(string Source, string Local), string> documentOf)
    {
        var seen = new HashSet<(string, string, RelationType)>();
        foreach (var r in relations)
        {
            if (!documentOf.TryGetValue((sourceId, r.From), out var from) || !documentOf.TryGetValue((sourceId, r.To), out var to)) continue;
            if (from == to || !seen.Add((from, to, r.Type))) continue;
            yield return new GraphRelation(from, to, r.Type, sourceId, r.Evidence, r.Span);
        }
    }

    /// <summary>The order the graph lists its documents in (and gives slugs in): symbol, date, id.</summary>
    public static string SortKey(GraphDocument d) => $"{(d.Symbol is null ? "~" : d.Symbol.Canonical)}|{d.Date?.ToIso()}|{d.Id}";

    internal static List<Cluster> ClusterBucket(List<Item> bucket)
    {
        // a title is compared with the others of its symbol: its words are kept while its bucket is clustered
        var titles = new TitleSimilarity.Memo();
        var clusters = new List<Cluster>();
        foreach (var item in bucket)
        {
            if (item.Doc.Date is null) continue;
            // a date agreeing with any of the cluster's is enough, a place must suit all of them: a citation
            // without an issuer agrees with every place, and would otherwise join two places' plans into one
            var home = clusters.Find(c => AllSamePlace(c, item.Doc) && AnyAgrees(c, item.Doc, titles));
            if (home is null) clusters.Add(home = new Cluster(countSources: true));
            home.Add(item);
        }
        foreach (var item in bucket)
        {
            if (item.Doc.Date is not null) continue;
            var candidates = clusters.FindAll(c => AllSamePlace(c, item.Doc));
            var home = candidates.Count == 1 ? candidates[0] : null;
            if (home is null && item.Doc.Title is not null)
                home = candidates.Select(c => (c, s: BestTitleMatch(c, item.Doc.Title, titles)))
                    .Where(x => x.s >= 0.4).OrderByDescending(x => x.s).Select(x => x.c).FirstOrDefault();
            home ??= candidates.OrderByDescending(c => c.SourceCount).FirstOrDefault();
            if (home is null) clusters.Add(home = new Cluster(countSources: true));
            home.Add(item);
        }
        foreach (var c in clusters) c.Settle();
        return clusters;
    }

    // the three tests below run for every citation against every cluster of its symbol: loops over the
    // cluster's distinct spellings, as LINQ's boxed enumerators were a tenth of a rebuild's allocations

    private static bool AllSamePlace(Cluster c, CitedDocument doc)
    {
        foreach (var o in c.Distinct.Values)
            if (!SamePlace(o.Doc, doc)) return false;
        return true;
    }

    private static bool AnyAgrees(Cluster c, CitedDocument doc, TitleSimilarity.Memo titles)
    {
        foreach (var o in c.Distinct.Values)
            if (Agree(o.Doc, doc, titles)) return true;
        return false;
    }

    private static double BestTitleMatch(Cluster c, string? title, TitleSimilarity.Memo titles)
    {
        var best = double.NegativeInfinity;
        foreach (var o in c.Distinct.Values) best = Math.Max(best, titles.Containment(o.Doc.Title, title));
        return best;
    }

    private static bool Agree(CitedDocument a, CitedDocument b, TitleSimilarity.Memo titles)
    {
        if (!SamePlace(a, b)) return false;
        if (a.Date is null || b.Date is null) return true;
        return AnyVariantDatesAgree(a, b) || DateAgreement.Compatible(a.Date, b.Date) || titles.Containment(a.Title, b.Title) >= 0.75;
    }

    private static bool AnyVariantDatesAgree(CitedDocument a, CitedDocument b)
    {
        // by index: the lists are interfaces, whose enumerators are allocated
        for (var i = 0; i < a.Variants.Count; i++)
        {
            if (a.Variants[i].Date is not { } da) continue;
            for (var j = 0; j < b.Variants.Count; j++)
                if (b.Variants[j].Date is { } db && DateAgreement.Compatible(da, db)) return true;
        }
        return false;
    }

    /// <summary>Local symbols repeat across places: 35/KH-UBND of one district is not another's.</summary>
    private static bool SamePlace(CitedDocument a, CitedDocument b)
    {
        var la = a.Issuer?.Level;
        var lb = b.Issuer?.Level;
        if (la == Level.Central || lb == Level.Central) return true;
        if (la is not null && lb is not null && la != lb && la != Level.Agency && lb != Level.Agency) return false;
        var pa = a.Issuer?.Locality;
        var pb = b.Issuer?.Locality;
        return pa is null || pb is null || string.Equals(pa, pb, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Two symbols for one document: one number, one day (the caller's clusters share one), one
    /// place, and one issuer code or type.</summary>
    private static bool SameDocumentWrittenTwoWays(Cluster x, Cluster y)
    {
        var sa = x.Items[0].Doc.Symbol!;
        var sb = y.Items[0].Doc.Symbol!;
        if (sa.Canonical == sb.Canonical) return false;
        var sameIssuerOrType = sa.IssuerPart == sb.IssuerPart || x.Items[0].Doc.Type == y.Items[0].Doc.Type;
        return sameIssuerOrType && x.Distinct.Values.All(p => y.Distinct.Values.All(q => SamePlace(p.Doc, q.Doc)));
    }

    /// <summary>A report whose own number is blank is the document another report cites by the same type,
    /// issuer, title and time ("Chỉ thị … của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận").</summary>
    internal static bool SameUnnumberedDocument(CitedDocument own, Cluster cluster, TitleSimilarity.Memo titles)
    {
        var other = cluster.Items[0].Doc;
        if (other.Type != own.Type || own.Issuer?.Level is null || own.Issuer.Locality is null) return false;
        var sameIssuer = cluster.Items.Any(i => i.Doc.Issuer?.Level == own.Issuer.Level
            && string.Equals(i.Doc.Issuer?.Locality, own.Issuer.Locality, StringComparison.OrdinalIgnoreCase));
        if (!sameIssuer) return false;
        // every (date, title) the items were written with is among the distinct ones
        var title = cluster.Distinct.Values.Max(i => titles.Containment(i.Doc.Title, own.Title));
        if (title < 0.6) return false;
        var dates = cluster.Distinct.Values.Select(i => i.Doc.Date).OfType<PartialDate>().ToList();
        if (own.Date is null || dates.Count == 0) return title >= 0.8;
        return dates.Any(d => Near(d, own.Date));
    }

    private static bool Near(PartialDate a, PartialDate b)
    {
        if (!a.IsFull || !b.IsFull) return a.Year == b.Year && (a.Month is null || b.Month is null || a.Month == b.Month);
        var da = new DateTime(a.Year, a.Month!.Value, a.Day!.Value);
        var db = new DateTime(b.Year, b.Month!.Value, b.Day!.Value);
        return Math.Abs((da - db).TotalDays) <= 10;
    }

    /// <summary>The cluster's document, named by the hash of what identifies it (GraphIds tells apart the
    /// clusters that share one), with the citations it is made of.</summary>
    internal static AssembledDocument Canonical(Cluster c)
    {
        var docs = c.Items.Select(i => i.Doc).ToList();
        var numbered = c.Items.Where(i => i.Doc.Symbol is not null).ToList();
        var symbol = numbered.GroupBy(i => i.Doc.Symbol!.Canonical)
            .OrderByDescending(g => g.Select(i => i.Source).Distinct().Count())
            .ThenByDescending(g => g.Sum(i => Math.Max(1, i.Doc.Mentions.Count)))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Doc.Symbol).FirstOrDefault();

        var variants = c.Items.SelectMany(i => i.Doc.Variants.Select(v => (i.Source, v)))
            .GroupBy(x => (x.v.Symbol, x.v.Date))
            .Select(g => new GraphVariant(g.Key.Symbol, g.Key.Date, g.Sum(x => x.v.Count), [.. g.Select(x => x.Source).Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(v => v.Symbol, StringComparer.Ordinal).ThenBy(v => v.Date?.ToIso() ?? "", StringComparer.Ordinal).ToList();

        var issuer = c.Items.Select(i => i.Doc.Issuer).OfType<Issuer>()
            .GroupBy(i => i.Name).OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Level is null ? 0 : 1)
            .ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).FirstOrDefault();
        if (issuer is { Level: null } && docs.Select(d => d.Issuer?.Level).FirstOrDefault(l => l is not null) is Level lv)
            issuer = issuer with { Level = lv };

        var (date, reason) = ChooseDate(c, variants, symbol, issuer?.Name);
        var title = docs.Select(d => d.Title).OfType<string>().GroupBy(t => t.ToLowerInvariant())
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault();
        var type = docs.GroupBy(d => d.Type).OrderByDescending(g => g.Sum(d => Math.Max(1, d.Mentions.Count))).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var fullDates = variants.Where(v => v.Date is not null).Select(v => v.Date!).Distinct().ToList();
        var conflict = fullDates.Count > 1 || variants.Select(v => v.Symbol).Distinct().Count() > 1;
        var ownOf = c.Items.Where(i => i.Doc.IsOwn).Select(i => i.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var sources = c.Items.Select(i => i.Source).Distinct().Order(StringComparer.Ordinal).ToList();

        var number = symbol?.Number ?? docs.Select(d => d.Number).FirstOrDefault(n => n is not null);
        var key = symbol is not null ? $"{symbol.Canonical}|{date?.Year}|{issuer?.Level}|{issuer?.Locality}"
            : ownOf.Count > 0 || number is null ? $"own|{string.Join(',', ownOf)}"
            : $"{type} {number}|{date?.Year}|{issuer?.Level}|{issuer?.Locality}";
        var id = "doc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        var doc = new GraphDocument(id, type, symbol, date, issuer, title, variants, conflict,
            docs.Sum(d => d.Mentions.Count), sources, ownOf, reason)
        { Number = number };
        return new AssembledDocument(doc, ClusterOrder.Sorted(c.Items.Select(i => new ClusterOrder.Member(i.Source, i.Doc.LocalId))));
    }

    private sealed record DateEvidence(PartialDate Date, int Sources, bool Fits, int Count, int Full, int Chosen);

    /// <summary>The canonical date: most independent reports, then fits the symbol's year and the issuer's
    /// term, then most mentions, then written in the fuller citation (with issuer and title), then the
    /// reports' own choices. The reason names the criterion that decided.</summary>
    private static (PartialDate? Date, string Reason) ChooseDate(Cluster c, List<GraphVariant> variants, DocumentSymbol? symbol, string? issuerName)
    {
        var own = c.Items.Where(i => i.Doc.IsOwn && i.Doc.Date is not null).Select(i => i.Doc.Date!).FirstOrDefault();
        var full = variants.Where(v => v.Date is { IsFull: true }).GroupBy(v => v.Date!)
            .Select(g => new DateEvidence(g.Key, g.SelectMany(v => v.Sources).Distinct().Count(),
                DateAgreement.FitsContext(g.Key, symbol, issuerName), g.Sum(v => v.Count),
                c.Items.Count(i => Equals(i.Doc.Date, g.Key) && i.Doc.Title is not null && i.Doc.Issuer is not null),
                c.Items.Count(i => Equals(i.Doc.Date, g.Key))))
            .OrderByDescending(x => x.Sources).ThenByDescending(x => x.Fits).ThenByDescending(x => x.Count)
            .ThenByDescending(x => x.Full).ThenByDescending(x => x.Chosen).ThenBy(x => x.Date)
            .ToList();
        if (full.Count == 0)
        {
            if (own is not null) return (own, "ngày ghi trên chính văn bản");
            var partial = c.Items.Select(i => i.Doc.Date).OfType<PartialDate>().OrderByDescending(d => d.Month is null ? 0 : 1).FirstOrDefault();
            return (partial, partial is null ? "không báo cáo nào ghi ngày" : "các báo cáo chỉ ghi một phần ngày");
        }
        var reports = c.Items.Select(i => i.Source).Distinct().Count();
        if (full.Count == 1) return (full[0].Date, $"ghi như vậy trong {full[0].Sources} báo cáo");
        var (best, next) = (full[0], full[1]);
        var why = best.Sources != next.Sources ? $"{best.Sources}/{reports} báo cáo thống nhất"
            : best.Fits != next.Fits ? "ngày duy nhất khớp với năm trong số hiệu và nhiệm kỳ (khóa) của cơ quan ban hành"
            : best.Count != next.Count ? $"được ghi nhiều nhất ({best.Count}/{full.Sum(x => x.Count)} lần ghi có ngày)"
            : best.Full != next.Full ? "được ghi trong trích dẫn đầy đủ hơn (có cơ quan ban hành và trích yếu)"
            : "các báo cáo ghi khác nhau ngang nhau; hiển thị ngày sớm nhất";
        return (best.Date, why);
    }

}
