using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Cli.Commands;

/// <summary>How the commands open the knowledge base. A run interrupted after a report's commit leaves the
/// graph stale; one interrupted after the graph's commit leaves the search index behind (its graph version
/// differs from the store's). Either is completed first, under the folder's lock; when an ingest holds the
/// lock it completes both itself, and a read command reads the last committed state meanwhile.</summary>
internal static class KbAccess
{
    public static KbReader OpenFresh(KbPaths kb)
    {
        Freshen(kb);
        return new KbReader(kb);
    }

    public static void Freshen(KbPaths kb)
    {
        if (!kb.Exists || Agrees(kb)) return;
        using var held = KbLock.TryAcquire(kb);
        if (held is null) return;
        Freshen(kb, held);
    }

    /// <summary>Completes a stale graph, then an index that is behind, under a lock the caller holds.</summary>
    public static void Freshen(KbPaths kb, KbLock held)
    {
        CompleteGraph(kb, held);
        if (!KbIndexer.IsCurrent(kb)) KbIndexer.Rebuild(kb);
    }

    /// <summary>Rebuilds a stale graph, under a lock the caller holds.</summary>
    public static void CompleteGraph(KbPaths kb, KbLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        bool stale;
        using (var reader = new KbReader(kb)) stale = reader.GraphStale();
        if (!stale) return;
        using var writer = new KbWriter(kb);
        writer.RebuildGraph();
    }

    private static bool Agrees(KbPaths kb)
    {
        using (var reader = new KbReader(kb))
            if (reader.GraphStale()) return false;
        return KbIndexer.IsCurrent(kb);
    }
}
