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
    private readonly IndexSearcher searcher;

    private KbSearcher(string path)
    {
        directory = FSDirectory.Open(path);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var dir = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(dir);
    }

    public static KbSearcher Open(string path) => new(path);

    /// <summary>The graph version the index at path was built from (its last commit), or null when there
    /// is no index or it predates versions.</summary>
    public static long? IndexedGraphVersion(string path)
    {
        if (!Exists(path)) return null;
        using var dir = FSDirectory.Open(path);
        var infos = new SegmentInfos();
        infos.Read(dir);
        return Version(infos.UserData);
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
            return [.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc))
                .OrderByDescending(d => d.GetField(SearchFields.Mentions)?.GetInt32Value() ?? 0)
                .Select(d => d.Get(SearchFields.Id))];
        }
        return [];
    }

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
        TopDocs top;
        IReadOnlyList<FacetCount> types, levels, places;
        try
        {
            (top, types, levels, places) = Run(query, request, page * size);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            (query, fallback) = (TextQueryParser.Plain(SearchFields.Text, SearchAnalyzers.Folded, request.Query), true);
            (top, types, levels, places) = Run(query, request, page * size);
        }
        var terms = QueryTerms(highlight);
        var hits = top.ScoreDocs.Skip((page - 1) * size).Select(sd => Hit(sd, terms)).ToList();
        return new SearchResults(request, symbols, hits, top.TotalHits, types, levels, places, fallback);
    }

    /// <summary>Documents named by a symbol query whose records and citing passages are searched.</summary>
    private const int MaxSymbolDocuments = 20;

    private static Query Citing(IReadOnlyList<string> documents)
    {
        var q = new BooleanQuery();
        foreach (var id in documents.Take(MaxSymbolDocuments))
        {
            q.Add(new TermQuery(new Term(SearchFields.Id, id)) { Boost = 10 }, Occur.SHOULD);
            q.Add(new TermQuery(new Term(SearchFields.Cites, id)), Occur.SHOULD);
        }
        return q;
    }

    /// <summary>Best score first; equal scores in the store's order, however the index was written.</summary>
    private static readonly Sort ByScoreThenOrder = new(SortField.FIELD_SCORE, new SortField(SearchFields.Order, SortFieldType.INT64));

    /// <summary>The top hits and the three facets' counts. Each facet is counted without its own filter (so
    /// it shows the values a user could switch to); a facet with no filter of its own is counted in the
    /// same pass as the hits.</summary>
    private (TopDocs Top, IReadOnlyList<FacetCount> Types, IReadOnlyList<FacetCount> Levels, IReadOnlyList<FacetCount> Places) Run(Query query, SearchRequest request, int n)
    {
        var top = TopFieldCollector.Create(ByScoreThenOrder, n, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var counters = new Dictionary<string, FacetCounter>();
        var inPass = new List<ICollector> { top };
        foreach (var (field, value) in new[] { (SearchFields.Type, request.Type), (SearchFields.Level, request.Level), (SearchFields.Place, request.Place) })
        {
            var counter = counters[field] = new FacetCounter(field);
            if (value is null) inPass.Add(counter);
            else searcher.Search(query, SearchFilters.Build(request, except: field), counter);
        }
        searcher.Search(query, SearchFilters.Build(request, except: null), MultiCollector.Wrap([.. inPass]));
        return (top.GetTopDocs(), counters[SearchFields.Type].Counts(), counters[SearchFields.Level].Counts(), counters[SearchFields.Place].Counts());
    }

    private HashSet<string> QueryTerms(Query query)
    {
        var terms = new HashSet<Term>();
        try
        {
            searcher.Rewrite(query).ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // a query without terms (all documents) highlights nothing
        }
        return [.. terms.Where(t => t.Field == SearchFields.Text).Select(t => t.Text)];
    }

    private SearchHit Hit(ScoreDoc sd, IReadOnlySet<string> terms)
    {
        var d = searcher.Doc(sd.Doc);
        var body = d.Get(SearchFields.Body) ?? "";
        return new SearchHit(d.Get(SearchFields.Kind), d.Get(SearchFields.Id), sd.Score,
            d.Get(SearchFields.Source), d.Get(SearchFields.File), d.GetField(SearchFields.Line)?.GetInt32Value(), d.Get(SearchFields.Block),
            d.GetValues(SearchFields.Documents), SnippetBuilder.Build(body, terms));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
