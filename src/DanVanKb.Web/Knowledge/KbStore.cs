using DanVanKb.Search.Querying;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Hosting;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Web.Knowledge;

/// <summary>The site's one way into the data folder: the graph snapshot and the searcher, both cached and
/// reloaded when the store or the index changes on disk, and read-only readers for the texts.</summary>
public sealed class KbStore(IConfiguration configuration) : IDisposable
{
    private readonly Lock gate = new();
    private (DateTime Stamp, KbSnapshot Snapshot)? snapshot;
    private (DateTime Stamp, KbSearcher Searcher)? searcher;

    public KbPaths Paths { get; } = new(configuration[WebAppOptions.DataKey] ?? "index");

    public KbSnapshot Snapshot()
    {
        var stamp = StoreStamp();
        lock (gate)
        {
            if (snapshot is { } s && s.Stamp == stamp) return s.Snapshot;
            using var reader = new KbReader(Paths);
            var fresh = new KbSnapshot(reader.Export(), reader.Stats());
            snapshot = (stamp, fresh);
            return fresh;
        }
    }

    public KbSearcher Searcher()
    {
        lock (gate)
        {
            if (!KbSearcher.Exists(Paths.LuceneDirectory)) KbIndexer.Rebuild(Paths);
            var stamp = Directory.GetLastWriteTimeUtc(Paths.LuceneDirectory);
            if (searcher is { } s && s.Stamp == stamp) return s.Searcher;
            // a replaced searcher is left to the collector: a request may still be reading it
            var fresh = KbSearcher.Open(Paths.LuceneDirectory);
            searcher = (stamp, fresh);
            return fresh;
        }
    }

    /// <summary>A read-only reader of report texts and citations, for one request.</summary>
    public KbContentReader Content() => new(Paths);

    /// <summary>A read-only reader of the documents, for one request (the draft checker's catalog).</summary>
    public KbReader Reader() => new(Paths);

    private DateTime StoreStamp()
    {
        if (!Paths.Exists) throw new KbException($"{Paths.Database}: no knowledge base here; run 'danvankb ingest PATH --data {Paths.DataDirectory}' or 'danvankb serve'");
        var wal = Paths.Database + "-wal";
        var db = File.GetLastWriteTimeUtc(Paths.Database);
        return File.Exists(wal) ? new[] { db, File.GetLastWriteTimeUtc(wal) }.Max() : db;
    }

    public void Dispose() => searcher?.Searcher.Dispose();
}
