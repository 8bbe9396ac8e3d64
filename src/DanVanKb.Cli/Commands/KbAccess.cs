using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Cli.Commands;

/// <summary>How the read commands open the knowledge base: a run interrupted between a report's commit
/// and the graph rebuild left the graph stale, so that is completed first.</summary>
internal static class KbAccess
{
    public static KbReader OpenFresh(KbPaths kb)
    {
        Freshen(kb);
        return new KbReader(kb);
    }

    public static void Freshen(KbPaths kb)
    {
        if (!kb.Exists) return;
        bool stale;
        using (var reader = new KbReader(kb)) stale = reader.GraphStale();
        if (!stale) return;
        using var writer = new KbWriter(kb);
        writer.RebuildGraph();
    }
}
