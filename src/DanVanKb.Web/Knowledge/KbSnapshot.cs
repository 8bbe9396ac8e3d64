using DanVanKb.Storage.Reading;
using DanVanKb.Web.Naming;

namespace DanVanKb.Web.Knowledge;

/// <summary>The knowledge base's graph held in memory (documents, variants, relations, reports): small
/// next to the texts, read in a few queries, and what every page walks. Immutable; replaced whole when
/// the store changes.</summary>
public sealed class KbSnapshot
{
    public KbSnapshot(ExportModel model, KbStats stats)
    {
        Documents = model.Documents;
        Relations = model.Relations;
        Sources = model.Sources;
        Stats = stats;
        ById = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        numberOf = Documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        BySlug = Documents.ToDictionary(d => d.Slug, StringComparer.OrdinalIgnoreCase);
        SourceById = Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        From = Relations.ToLookup(r => r.From, StringComparer.Ordinal);
        To = Relations.ToLookup(r => r.To, StringComparer.Ordinal);
        implementedBy = Links(Relations, r => r.To, r => r.From);
        implements = Links(Relations, r => r.From, r => r.To);
        reportNames = new(() => Sources.ToDictionary(s => s.Id, s => ReportName.Of(s, s.Document is { } d ? ById.GetValueOrDefault(d) : null), StringComparer.Ordinal));
        ownReports = new(() => Sources.Where(s => s.Document is not null).DistinctBy(s => s.Document).ToDictionary(s => s.Document!, StringComparer.Ordinal));
        mostImplemented = new(() => [.. Documents.Where(d => d.Level == "central")
            .Select(d => (d, ImplementationTree.Down(this, d).Size)).Where(x => x.Size > 0)
            .OrderByDescending(x => x.Size).ThenByDescending(x => x.d.Mentions).ThenBy(x => x.d.Id, StringComparer.Ordinal).Take(12)]);
    }

    private static readonly IReadOnlyList<ImplementationLink> NoLinks = [];

    /// <summary>Each document's place in <see cref="Documents"/>: the walks index arrays by it, as a tree of
    /// ten thousand plans spent its time hashing ids and waiting for the memory of two dictionaries.</summary>
    private readonly Dictionary<string, int> numberOf;
    private readonly IReadOnlyList<ImplementationLink>[] implementedBy;
    private readonly IReadOnlyList<ImplementationLink>[] implements;
    private readonly ViewCache views = new(ViewCache.DefaultLimitBytes);
    private readonly Lazy<Dictionary<string, SourceRow>> ownReports;
    private readonly Lazy<Dictionary<string, ReportName>> reportNames;
    private readonly Lazy<IReadOnlyList<(DocumentRow Document, int Implementers)>> mostImplemented;

    public IReadOnlyList<DocumentRow> Documents { get; }

    public IReadOnlyList<RelationRow> Relations { get; }

    public IReadOnlyList<SourceRow> Sources { get; }

    public KbStats Stats { get; }

    public IReadOnlyDictionary<string, DocumentRow> ById { get; }

    public IReadOnlyDictionary<string, DocumentRow> BySlug { get; }

    public IReadOnlyDictionary<string, SourceRow> SourceById { get; }

    /// <summary>Relations by acting document: what a document implements, continues, reviews…</summary>
    public ILookup<string, RelationRow> From { get; }

    /// <summary>Relations by the document acted on: what implements it.</summary>
    public ILookup<string, RelationRow> To { get; }

    /// <summary>The documents that implement (continue, guide) a document, each once with its evidence,
    /// top level first, then by locality, date and symbol.</summary>
    public IReadOnlyList<ImplementationLink> ImplementedBy(string id) => numberOf.TryGetValue(id, out var n) ? implementedBy[n] : NoLinks;

    /// <summary>The documents a document implements, in the same order.</summary>
    public IReadOnlyList<ImplementationLink> Implements(string id) => numberOf.TryGetValue(id, out var n) ? implements[n] : NoLinks;

    /// <summary><see cref="ImplementedBy(string)"/> by the document's place in <see cref="Documents"/>.</summary>
    public IReadOnlyList<ImplementationLink> ImplementedBy(int number) => implementedBy[number];

    /// <summary><see cref="Implements(string)"/> by the document's place in <see cref="Documents"/>.</summary>
    public IReadOnlyList<ImplementationLink> Implements(int number) => implements[number];

    /// <summary>A document's place in <see cref="Documents"/>.</summary>
    public int NumberOf(DocumentRow document) => numberOf[document.Id];

    /// <summary>The central documents with the most documents implementing them, transitively.</summary>
    public IReadOnlyList<(DocumentRow Document, int Implementers)> MostImplemented => mostImplemented.Value;

    /// <summary>How a report is named: its type, number, date, issuer and title, its file as a detail.</summary>
    public ReportName ReportOf(string sourceId) =>
        reportNames.Value.TryGetValue(sourceId, out var name) ? name : new ReportName(sourceId, "Báo cáo", null, null, "");

    /// <summary>The report that is the document itself, when the archive holds it.</summary>
    public SourceRow? OwnReportOf(string id) => ownReports.Value.GetValueOrDefault(id);

    /// <summary>A page's read model, built once per snapshot (the snapshot is immutable, and replaced whole
    /// when the store changes) and kept within <see cref="ViewCache.DefaultLimitBytes"/>; <paramref name="weigh"/>
    /// says what it keeps when building it allocates much more (a search).</summary>
    public T Cached<T>(string key, Func<T> build, Func<T, long>? weigh = null)
        where T : class => views.Get(key, build, weigh);

    /// <summary>A read model <see cref="Cached"/> kept under the key, or null.</summary>
    public T? Kept<T>(string key)
        where T : class => views.Kept<T>(key);

    /// <summary>Each document's implementation links, by its place in <see cref="Documents"/>.</summary>
    private IReadOnlyList<ImplementationLink>[] Links(IEnumerable<RelationRow> relations, Func<RelationRow, string> at, Func<RelationRow, string> other)
    {
        var links = new IReadOnlyList<ImplementationLink>[Documents.Count];
        Array.Fill(links, NoLinks);
        foreach (var g in relations.Where(r => Labels.IsImplementation(r.Type) && other(r) != at(r) && ById.ContainsKey(other(r)) && ById.ContainsKey(at(r)))
            .GroupBy(at, StringComparer.Ordinal))
            links[numberOf[g.Key]] = [.. g.GroupBy(other, StringComparer.Ordinal)
                .Select(o => new ImplementationLink(ById[o.Key], numberOf[o.Key], [.. o]))
                .OrderBy(l => Labels.LevelRank(l.Document.Level)).ThenBy(l => l.Document.Locality ?? "", StringComparer.Ordinal)
                .ThenBy(l => l.Document.Date ?? "9999", StringComparer.Ordinal).ThenBy(l => l.Document.Symbol ?? "", StringComparer.Ordinal)];
        return links;
    }

    /// <summary>A document by id or slug.</summary>
    public DocumentRow? Find(string idOrSlug) =>
        ById.TryGetValue(idOrSlug, out var d) ? d : BySlug.GetValueOrDefault(idOrSlug);
}
