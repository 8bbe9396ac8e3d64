using DanVanKb.Search.Querying;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Hosting;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Web.Knowledge;

/// <summary>The site's one way into the data folder, and read-only readers for the texts.
///
/// The site serves one state at a time: the graph snapshot and the searcher built from the same graph
/// version, swapped together, so a page never mixes an old index with a new graph. Reports committed by a
/// running ingest do not change the graph (its version stays) until the ingest's graph commit; the new
/// state is served once the index of that version is committed too. The site never writes kb.db: when
/// the store's graph has moved on and the index has not followed (a run stopped between the two commits),
/// the site rebuilds the index folder itself if it can take the folder's lock; while an ingest holds the
/// lock, that ingest commits the index, and the site keeps serving the last state whose two halves agree.
/// The one exception is the first load: with no agreeing pair yet it serves the store and the index it
/// finds.</summary>
public sealed class KbStore(IConfiguration configuration) : IDisposable
{
    private readonly Lock gate = new();
    private State? state;

    public KbPaths Paths { get; } = new(configuration[WebAppOptions.DataKey] ?? "index");

    /// <summary>The graph snapshot and the searcher of one state: use both from one call.</summary>
    public KbView Current()
    {
        var stamp = Stamp();
        lock (gate)
        {
            if (state is { } s && s.Stamp == stamp) return s.View;
            if (Load(stamp) is { } fresh) state = fresh;
            return state!.View;
        }
    }

    public KbSnapshot Snapshot() => Current().Snapshot;

    public KbSearcher Searcher() => Current().Searcher;

    /// <summary>A read-only reader of report texts and citations, for one request.</summary>
    public KbContentReader Content() => new(Paths);

    /// <summary>A read-only reader of the documents, for one request (the draft checker's catalog).</summary>
    public KbReader Reader() => new(Paths);

    /// <summary>The state to serve now, or null to keep the current one (checked again next request).</summary>
    private State? Load(DateTime stamp)
    {
        long version;
        using (var reader = new KbReader(Paths)) version = reader.GraphVersion();
        if (state is { } old && old.View.Version == version) return old with { Stamp = stamp };
        if (KbSearcher.IndexedGraphVersion(Paths.LuceneDirectory) != version && !TryRebuildIndex() && state is not null) return null;
        if (!KbSearcher.Exists(Paths.LuceneDirectory))
            throw new KbException($"{Paths.LuceneDirectory}: the search index is being built by an ingest; try again in a moment");
        KbSnapshot snapshot;
        using (var reader = new KbReader(Paths))
            (version, snapshot) = reader.InOneSnapshot(r => (r.GraphVersion(), new KbSnapshot(r.Export(), r.Stats())));
        var searcher = KbSearcher.Open(Paths.LuceneDirectory);
        if (searcher.GraphVersion != version && state is not null)
        {
            searcher.Dispose(); // a writer committed between the two reads: the next request looks again
            return null;
        }
        // a replaced searcher is left to the collector: a request may still be reading it
        return new State(stamp, new KbView(version, snapshot, searcher));
    }

    private bool TryRebuildIndex()
    {
        using var held = KbLock.TryAcquire(Paths);
        if (held is null) return false;
        KbIndexer.Rebuild(Paths);
        return true;
    }

    /// <summary>Changes when the store (kb.db or its WAL) or the index folder changes on disk.</summary>
    private DateTime Stamp()
    {
        if (!Paths.Exists) throw new KbException($"{Paths.Database}: no knowledge base here; run 'danvankb ingest PATH --data {Paths.DataDirectory}' or 'danvankb serve'");
        var wal = Paths.Database + "-wal";
        var stamps = new[] { File.GetLastWriteTimeUtc(Paths.Database), File.Exists(wal) ? File.GetLastWriteTimeUtc(wal) : default, Directory.GetLastWriteTimeUtc(Paths.LuceneDirectory) };
        return stamps.Max();
    }

    public void Dispose() => state?.View.Searcher.Dispose();

    private sealed record State(DateTime Stamp, KbView View);
}

/// <summary>One state of the knowledge base as the site serves it: the graph and the index of one version.</summary>
public sealed record KbView(long Version, KbSnapshot Snapshot, KbSearcher Searcher)
{
    /// <summary>A search over this state. The same request is answered once per state: staff repeat the
    /// same searches all day, and a state's answers never change. An answer is kept by what it holds (its
    /// hits' snippets), not by what the search allocated.</summary>
    public SearchResults Search(SearchRequest request) => Snapshot.Cached(Key(request), () => Searcher.Search(request), Weight);

    /// <summary>The answer to the request if this state has given it already, or null.</summary>
    public SearchResults? Answered(SearchRequest request) => Snapshot.Kept<SearchResults>(Key(request));

    private static string Key(SearchRequest request) => "search:" + request;

    private static long Weight(SearchResults r) =>
        1024 + r.Hits.Sum(h => 256 + 2L * (h.Id.Length + (h.File?.Length ?? 0) + h.Snippet.Sum(p => p.Text.Length) + h.Documents.Sum(d => d.Length)))
        + 96L * (r.Types.Count + r.Levels.Count + r.Places.Count);
}
