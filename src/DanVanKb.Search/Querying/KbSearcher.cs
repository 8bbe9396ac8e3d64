using DanVanKb.Search.Analysis;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DanVanKb.Search.Querying;

/// <summary>Searches a built index: symbol lookup first, then the text, with filters, counts per filter
/// value, snippets and paging. Thread-safe; a malformed query never throws, a query over
/// <see cref="SearchLimits"/> is refused with <see cref="SearchRefusedException"/>.</summary>
public sealed class KbSearcher : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly SliceSearcher searcher;
    private readonly Lazy<ReportOrdinals> reportOrdinals;
    private readonly FacetOrdinals facets;
    private readonly int exactCount;

    /// <summary>Every way into an index here (opening it, reading its last commit) names its segments' codec.</summary>
    static KbSearcher() => Indexing.KbCodec.Register();

    private KbSearcher(string path, int exactCount, bool skipBlocks)
    {
        directory = FSDirectory.Open(path);
        reader = DirectoryReader.Open(directory);
        searcher = new SliceSearcher(reader, exactCount: exactCount, skipBlocks: skipBlocks);
        reportOrdinals = new(() => new ReportOrdinals(reader));
        facets = new FacetOrdinals(reader, [SearchFields.Type, SearchFields.Level, SearchFields.Place]);
        this.exactCount = exactCount;
    }

    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var dir = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(dir);
    }

    public static KbSearcher Open(string path) => new(path, SearchLimits.ExactCount, skipBlocks: true);

    /// <summary>A searcher that counts the first <paramref name="exactCount"/> hits in full, and skips blocks
    /// beyond only when <paramref name="skipBlocks"/>: what tests check the skipping against.</summary>
    internal static KbSearcher Open(string path, int exactCount, bool skipBlocks) => new(path, exactCount, skipBlocks);

    /// <summary>The graph version the index at path was built from (its last commit), or null when there
    /// is no index, it predates versions, or its only commit cannot be read (a first build killed while writing
    /// it: a later commit cut short falls back to the one before): the caller rebuilds it.</summary>
    public static long? IndexedGraphVersion(string path)
    {
        if (!Exists(path)) return null;
        using var dir = FSDirectory.Open(path);
        return LastCommit(dir) is { } commit ? Version(commit.UserData) : null;
    }

    /// <summary>The index's last commit that can be read, or null when none can.</summary>
    internal static SegmentInfos? LastCommit(Lucene.Net.Store.Directory dir)
    {
        var infos = new SegmentInfos();
        try
        {
            infos.Read(dir);
            return infos;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public int Records => reader.NumDocs;

    /// <summary>The graph version this searcher's commit was built from.</summary>
    public long? GraphVersion => Version(reader.IndexCommit.UserData);

    /// <summary>How many document records (not passages) the index holds.</summary>
    public int DocumentRecords => searcher.Search(new TermQuery(new Term(SearchFields.Kind, SearchFields.DocumentKind)), 1).TotalHits;

    private static long? Version(IDictionary<string, string> userData) =>
        userData.TryGetValue(Indexing.IndexBuilder.GraphVersionKey, out var v) ? long.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Documents whose symbol the query names, most cited first: exact and tolerant keys
    /// (25-NQ/TW, 25/NQ-TW), then type code and number (nq 25, kl 43, Nghị quyết 25).</summary>
    public IReadOnlyList<string> FindSymbol(string query)
    {
        var keys = SymbolKeys.ForQuery(SearchLimits.Clean(query));
        foreach (var group in new[] { keys.Where(k => !IsShort(k)), keys.Where(IsShort) })
        {
            var q = new BooleanQuery();
            foreach (var key in group) q.Add(new TermQuery(new Term(SearchFields.SymbolKey, key)), Occur.SHOULD);
            if (q.Clauses.Count == 0) continue;
            var top = searcher.Search(q, 50);
            if (top.TotalHits == 0) continue;
            return [.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc, SymbolFields))
                .OrderByDescending(d => d.GetField(SearchFields.Mentions)?.GetInt32Value() ?? 0)
                .Select(d => d.Get(SearchFields.Id))];
        }
        return [];
    }

    /// <summary>What a symbol's documents are ranked and named by: decoding the rest of a record (its text, variants
    /// and fingerprint) was most of a lookup.</summary>
    private static readonly ISet<string> SymbolFields = new HashSet<string>([SearchFields.Id, SearchFields.Mentions], StringComparer.Ordinal);

    /// <summary>What a hit shows.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(
        [SearchFields.Kind, SearchFields.Id, SearchFields.Body, SearchFields.Source, SearchFields.File, SearchFields.Line, SearchFields.Block, SearchFields.Documents],
        StringComparer.Ordinal);

    private static bool IsShort(string key) => key.Count(c => c == ' ') == 1 && char.IsLetter(key[0]);

    /// <summary>Throws <see cref="SearchRefusedException"/> for a query over <see cref="SearchLimits"/>.</summary>
    public SearchResults Search(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 100);
        request = request with { Page = page, PageSize = size };
        var (query, fallback) = TextQueryParser.Parse(request.Query);
        var symbols = FindSymbol(request.Query);
        var highlight = query;
        // the query names documents by their symbol: their records and the passages citing them, by exact
        // term, rather than every passage that happens to hold "25", "nq" and "tw"
        if (symbols.Count > 0) query = Citing(symbols);
        var grouped = request.Grouped && request.Report is null;
        Answer answer;
        try
        {
            answer = Run(query, request, page * size, grouped);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            (query, fallback) = (TextQueryParser.Plain(SearchFields.Text, SearchAnalyzers.Folded, request.Query), true);
            answer = Run(query, request, page * size, grouped);
        }
        var marked = Rewritten(highlight);
        var top = answer.Top;
        if (!grouped)
        {
            var hits = top.Docs.Skip((page - 1) * size).Select(sd => Hit(sd, marked)).ToList();
            return new SearchResults(request, symbols, hits, top.Counted, answer.Types, answer.Levels, answer.Places, fallback, top.Counted)
            {
                FacetsCapped = answer.FacetsCapped,
                TotalCapped = top.Capped,
            };
        }
        using var perReport = answer.Reports!;
        var groups = perReport.Documents + perReport.Reports;
        // the top holds the best hit of each report (and each document record), in rank order
        var pageLeads = top.Docs.Skip((page - 1) * size).ToList();
        using var inReports = top.Capped ? InReports(top.Weight, pageLeads) : null;
        var grouphits = pageLeads
            .Select(sd => Hit(sd, marked) is var h && h.Source is not null ? h with { MoreInReport = (inReports ?? perReport).InReportOf(sd.Doc) - 1 } : h)
            .ToList();
        return new SearchResults(request, symbols, grouphits, groups, answer.Types, answer.Levels, answer.Places, fallback, top.Counted)
        {
            FacetsCapped = answer.FacetsCapped,
            TotalCapped = top.Capped,
        };
    }

    /// <summary>The passages matching in each report of the page's hits, counted in a pass over those reports'
    /// passages alone (<see cref="ReportFilter"/>), when the first pass counted only the first hits. The pass runs
    /// with the first pass's weight: a phrase's weight seeks each of its words in every segment again.</summary>
    private ReportCounter InReports(Weight weight, IEnumerable<ScoreDoc> hits)
    {
        var ordinals = reportOrdinals.Value;
        var reports = hits.Select(sd => ordinals.Of(sd.Doc)).Where(r => r >= 0).Distinct().ToList();
        var counter = new ReportCounter(ordinals);
        if (reports.Count == 0) return counter;
        var only = new ReportFilter(ordinals, reports);
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            var passages = only.GetDocIdSet(leaf, live)?.GetIterator();
            var scorer = passages is null ? null : weight.GetScorer(leaf, live);
            if (passages is null || scorer is null) continue;
            counter.SetNextReader(leaf);
            var doc = passages.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var hit = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                if (hit == doc) counter.Collect(doc);
                doc = hit == DocIdSetIterator.NO_MORE_DOCS ? hit : passages.Advance(hit == doc ? doc + 1 : hit);
            }
        }
        return counter;
    }

    /// <summary>Documents named by a symbol query whose records and citing passages are searched.</summary>
    private const int MaxSymbolDocuments = 20;

    /// <summary>What a named document's record adds to its weight: more than a passage citing every one of them.</summary>
    private const float RecordBoost = 1000;

    /// <summary>The records of the documents a symbol names, then the passages citing them. Each document weighs by its
    /// place in <see cref="FindSymbol"/>'s order (the most cited first), the same for every passage citing it, so the
    /// passages citing the best-known document come first, a report's in its order: scored by TF-IDF, the rarest
    /// citation ranked first, a symbol's misdated variants ahead of the resolution itself.</summary>
    private static Query Citing(IReadOnlyList<string> documents)
    {
        var named = documents.Take(MaxSymbolDocuments).ToList();
        var q = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < named.Count; i++)
        {
            var weight = named.Count - i;
            q.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Id, named[i]))) { Boost = RecordBoost + weight }, Occur.SHOULD);
            q.Add(new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Cites, named[i]))) { Boost = weight }, Occur.SHOULD);
        }
        return q;
    }

    /// <summary>The top hits and the three facets' counts. Each facet is counted without its own filter (so
    /// it shows the values a user could switch to), over the first <see cref="SearchLimits.ExactCount"/> hits:
    /// a facet with a filter of its own in a pass that ends there, the others in the pass that collects the top
    /// hits (and when grouped, the counted hits' reports) across the cores.</summary>
    private Answer Run(Query query, SearchRequest request, int n, bool grouped)
    {
        var counters = new Dictionary<string, FacetCounter>();
        var shared = new List<FacetCounter>();
        foreach (var (field, value) in new[] { (SearchFields.Type, request.Type), (SearchFields.Level, request.Level), (SearchFields.Place, request.Place) })
        {
            var counter = counters[field] = new FacetCounter(facets, field, exactCount);
            if (value is null) shared.Add(counter);
            else searcher.Search(query, SearchFilters.Build(request, except: field), counter);
        }
        var filter = SearchFilters.Build(request, except: null);
        var reports = grouped ? new ReportCounter(reportOrdinals.Value) : null;
        var top = searcher.Top(query, filter, n, reports, shared, grouped ? reportOrdinals.Value : null);
        return new Answer(top, counters[SearchFields.Type].Counts(), counters[SearchFields.Level].Counts(), counters[SearchFields.Place].Counts(), reports)
        {
            FacetsCapped = top.Capped || counters.Values.Any(c => c.Capped),
        };
    }

    /// <summary>One pass over the hits: the top ones, the facets' counts, and when grouped the counts per report.</summary>
    private sealed record Answer(RankedHits Top, IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Levels, IReadOnlyList<FacetCount> Places, ReportCounter? Reports)
    {
        public bool FacetsCapped { get; init; }
    }

    /// <summary>The query with its prefixes and wildcards expanded to the terms they stand for, for the
    /// highlighter; null for a query without terms (all documents), which marks nothing.</summary>
    private Query? Rewritten(Query query)
    {
        try
        {
            return searcher.Rewrite(query);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private SearchHit Hit(ScoreDoc sd, Query? marked)
    {
        var d = searcher.Doc(sd.Doc, HitFields);
        var body = d.Get(SearchFields.Body) ?? "";
        return new SearchHit(d.Get(SearchFields.Kind), d.Get(SearchFields.Id), sd.Score,
            d.Get(SearchFields.Source), d.Get(SearchFields.File), d.GetField(SearchFields.Line)?.GetInt32Value(), d.Get(SearchFields.Block),
            d.GetValues(SearchFields.Documents), SnippetBuilder.Build(body, marked));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
