using DanVanKb.Search.Indexing;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Indexing;

/// <summary>Builds the search index of a data folder from its SQLite store: `ingest` and `reindex` call
/// it, and the site does when it finds no index.</summary>
public static class KbIndexer
{
    public static IndexSummary Rebuild(KbPaths paths)
    {
        IReadOnlyList<IndexDocument> documents;
        using (var reader = new KbReader(paths))
            documents = [.. reader.Export().Documents.Select(ToIndex)];
        using var content = new KbContentReader(paths);
        var mentions = content.Mentions().Where(m => m.DocumentId is not null)
            .ToLookup(m => m.SourceId, m => new IndexMention(m.Start, m.End, m.DocumentId!));
        var sources = content.SourceTexts().Select(s => new IndexSource(s.Id, s.File, s.Text, [.. mentions[s.Id]]));
        return IndexBuilder.Build(paths.LuceneDirectory, documents, sources);
    }

    private static IndexDocument ToIndex(DocumentRow d) =>
        new(d.Id, d.Type, d.Number, d.Symbol, d.Year, d.Issuer, d.Level, d.Locality, d.Title, d.Mentions,
            [.. d.Variants.Select(v => v.Symbol).Distinct()]);
}
