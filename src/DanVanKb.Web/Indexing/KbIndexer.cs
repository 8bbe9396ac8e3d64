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
        IReadOnlyList<IndexDocument> documents;
        long version;
        using (var reader = new KbReader(paths))
            (version, documents) = reader.InOneSnapshot(r => (r.GraphVersion(), (IReadOnlyList<IndexDocument>)[.. r.Export().Documents.Select(ToIndex)]));
        using var content = new KbContentReader(paths);
        // streamed: one report's text and citations at a time, so memory does not grow with the archive
        var sources = content.SourceTexts().Select(s => new IndexSource(s.Id, s.File, s.Text,
            [.. content.MentionsIn(s.Id).Where(m => m.DocumentId is not null).Select(m => new IndexMention(m.Start, m.End, m.DocumentId!))]));
        return IndexBuilder.Build(paths.LuceneDirectory, documents, sources, version);
    }

    private static IndexDocument ToIndex(DocumentRow d) =>
        new(d.Id, d.Type, d.Number, d.Symbol, d.Year, d.Issuer, d.Level, d.Locality, d.Title, d.Mentions,
            [.. d.Variants.Select(v => v.Symbol).Distinct()]);

    /// <summary>Whether the index exists and was built from the store's current graph version.</summary>
    public static bool IsCurrent(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        return KbSearcher.IndexedGraphVersion(paths.LuceneDirectory) == reader.GraphVersion();
    }
}
