using DanVanKb.Search.Indexing;
using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Cli.Watching;

/// <summary>One sync of the knowledge base with folders, as `ingest` does it: under the folder's lock,
/// the reports written and withdrawn (KbIngestor), the graph rebuilt, then the search index brought up to
/// date (KbIndexer.AfterIngest), so the site serves the new state as one.</summary>
internal static class FolderSync
{
    /// <summary>The outcome, or null when another process holds the lock (try again later).</summary>
    public static SyncResult? TryRun(KbPaths kb, IReadOnlyList<string> folders)
    {
        using var held = KbLock.TryAcquire(kb);
        if (held is null) return null;
        var files = new Outcomes();
        var whole = KbIndexer.IsWhole(kb);
        var summary = KbIngestor.Ingest(kb, folders, held, files);
        FaultInjection.ThrowIfAfterCommit();
        var index = KbIndexer.AfterIngest(kb, whole, summary.Touched);
        return new SyncResult(summary, files.Changed, index);
    }

    /// <summary>The files a run added, changed, moved or removed, in order.</summary>
    private sealed class Outcomes : IProgress<IngestProgress>
    {
        public List<IngestProgress> Changed { get; } = [];

        public void Report(IngestProgress value)
        {
            if (value.Outcome is not "unchanged" and not "refused") Changed.Add(value);
        }
    }
}

/// <summary>What one sync did: the ingest's summary, the files that changed, the index rebuilt (or null).</summary>
internal sealed record SyncResult(IngestSummary Summary, IReadOnlyList<IngestProgress> Files, IndexSummary? Index);
