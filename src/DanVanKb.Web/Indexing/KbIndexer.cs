using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Indexing;

/// <summary>Builds the search index of a data folder from its SQLite store, recording the store's graph
/// version in the index: `ingest`, `reindex` and the read commands call it when the index is behind, and
/// the site does when it finds the index behind and no ingest running. Callers hold the folder's lock.</summary>
public static class KbIndexer
{
    public static IndexSummary Rebuild(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        using var content = new KbContentReader(paths);
        // streamed: the documents one at a time in one snapshot with the graph version, then one report's text
        // and citations at a time, so memory does not grow with the archive
        var sources = content.SourceTexts().Select(s => ToIndex(content, s));
        return reader.InOneSnapshot(r => IndexBuilder.Build(paths.LuceneDirectory, r.DocumentsWithVariantSymbols().Select(ToIndex), sources, r.GraphVersion()));
    }

    /// <summary>The index after an ingest: left as it is when still current (null), updated with what the
    /// run changed when it held every report before the run (<paramref name="wasWhole"/>: IsWhole, asked
    /// before the run), rebuilt otherwise.</summary>
    public static IndexSummary? AfterIngest(KbPaths paths, bool wasWhole, IReadOnlyCollection<string> touched) =>
        wasWhole && IsCurrent(paths) ? null : wasWhole ? Update(paths, touched) : Rebuild(paths);

    /// <summary>Brings an index that was whole before an ingest up to date by rewriting what the ingest
    /// changed (<paramref name="touched"/>: IngestSummary.Touched), or rebuilds it when an update cannot
    /// (IndexUpdater says when).</summary>
    public static IndexSummary Update(KbPaths paths, IReadOnlyCollection<string> touched)
    {
        var (version, documents) = Documents(paths);
        using var content = new KbContentReader(paths);
        return IndexUpdater.Update(paths.LuceneDirectory, documents, content.SourceIds(), touched,
                ids => content.SourceTexts(ids).Select(s => ToIndex(content, s)), version)
            ?? Rebuild(paths);
    }

    private static (long Version, IReadOnlyList<IndexDocument> Documents) Documents(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        return reader.InOneSnapshot(r => (r.GraphVersion(), (IReadOnlyList<IndexDocument>)[.. r.DocumentsWithVariantSymbols().Select(ToIndex)]));
    }

    private static IndexSource ToIndex(KbContentReader content, SourceTextRow s) =>
        new(s.Id, s.File, s.Text, [.. content.MentionsIn(s.Id).Where(m => m.DocumentId is not null).Select(m => new IndexMention(m.Start, m.End, m.DocumentId!))]);

    private static IndexDocument ToIndex((DocumentRow Document, IReadOnlyList<string> VariantSymbols) row) =>
        new(row.Document.Id, row.Document.Type, row.Document.Number, row.Document.Symbol, row.Document.Year, row.Document.Issuer,
            row.Document.Level, row.Document.Locality, row.Document.Title, row.Document.Mentions, row.VariantSymbols);

    /// <summary>Whether the index holds every stored report as the graph stands: built from the current graph
    /// version, and no report written since without a graph rebuild (a crashed ingest).</summary>
    public static bool IsWhole(KbPaths paths)
    {
        if (!File.Exists(paths.Database)) return false;
        using (var reader = new KbReader(paths))
            if (reader.GraphStale()) return false;
        return IsCurrent(paths);
    }

    /// <summary>Whether the index exists and was built from the store's current graph version.</summary>
    public static bool IsCurrent(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        return KbSearcher.IndexedGraphVersion(paths.LuceneDirectory) == reader.GraphVersion();
    }
}
