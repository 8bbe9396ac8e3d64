using System.Collections.Concurrent;

using DanVanKb.Search.Analysis;

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Indexing;

/// <summary>Builds the search index from the knowledge base's documents and reports: one record per
/// document and one per passage. The new index is written into the same folder as one Lucene commit
/// (OpenMode.CREATE) that records the store's graph version: until that commit the folder's last commit is
/// the old index, whole, so readers keep using it and a crash mid-build leaves it in place, its version
/// telling the next command to rebuild. Callers hold the data folder's lock (one writer).</summary>
public static class IndexBuilder
{
    /// <summary>Indexing buffer before a segment is flushed: larger buffers mean fewer, larger segments to merge.</summary>
    private const double RamBufferMB = 64;

    /// <summary>The commit user-data key of the graph version an index was built from.</summary>
    public const string GraphVersionKey = "graph_version";

    public static IndexSummary Build(string directory, IReadOnlyList<IndexDocument> documents, IEnumerable<IndexSource> sources, long graphVersion = 0)
    {
        RemoveOldSwapFolders(directory);
        var byId = documents.ToDictionary(d => d.Id);
        int passages = 0, reports = 0;
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.PerField) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = RamBufferMB };
        using var dir = OpenForWriting(directory);
        var writer = new IndexWriter(dir, config);
        try
        {
            for (var i = 0; i < documents.Count; i++) writer.AddDocument(DocumentRecord(documents[i], i));
            // IndexWriter takes documents from several threads at once (one segment buffer each): passages
            // are cut and analyzed on every core, reports streamed in order from the store
            var stream = Partitioner.Create(sources, EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(stream, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (s, _, index) =>
            {
                Interlocked.Increment(ref reports);
                Interlocked.Add(ref passages, AddPassages(writer, s, index, byId));
            });
            writer.SetCommitData(new Dictionary<string, string> { [GraphVersionKey] = graphVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            writer.Rollback(); // closing would commit the half-written index over the old one
            throw;
        }
        return new IndexSummary(documents.Count, reports, passages);
    }

    /// <summary>The index folder as its writer reads it: through file reads, not memory maps. Merging
    /// reads every segment; mapped, those pages count in the process's memory (a build of 20,000 reports
    /// peaked at 878 MB mapped and 453 MB read), while the site, which reads, keeps its maps.</summary>
    internal static Lucene.Net.Store.Directory OpenForWriting(string directory) => new NIOFSDirectory(directory);

    /// <summary>Passages sort after every document record; a report's passages keep their text order.</summary>
    private const long PassageOrder = 1L << 40;

    /// <summary>Adds a report's passages; <paramref name="ordinal"/> is its place among the store's reports
    /// by id. Returns how many.</summary>
    internal static int AddPassages(IndexWriter writer, IndexSource s, long ordinal, IReadOnlyDictionary<string, IndexDocument> byId)
    {
        var passages = PassageReader.Read(s);
        foreach (var p in passages) writer.AddDocument(PassageRecord(s, p, byId, PassageOrder + (ordinal << 20) + p.Index));
        return passages.Count;
    }

    internal static Document DocumentRecord(IndexDocument d, long order)
    {
        var doc = Common(SearchFields.DocumentKind, d.Id, d.Body, order);
        doc.Add(new StoredField(SearchFields.Mentions, d.Mentions));
        doc.Add(new StoredField(SearchFields.Fingerprint, d.Fingerprint));
        doc.Add(new StoredField(SearchFields.FacetValues, d.Facets));
        var symbols = d.Variants.Concat(d.Symbol is null ? [] : [d.Symbol]);
        foreach (var key in SymbolKeys.ForDocument(symbols, d.Number, d.Type))
            doc.Add(new StringField(SearchFields.SymbolKey, key, Field.Store.NO));
        AddFacets(doc, [d]);
        return doc;
    }

    private static Document PassageRecord(IndexSource s, Passage p, IReadOnlyDictionary<string, IndexDocument> byId, long order)
    {
        var doc = Common(SearchFields.PassageKind, $"{s.Id}#{p.Index}", p.Text, order);
        doc.Add(new StringField(SearchFields.Source, s.Id, Field.Store.YES));
        doc.Add(new StoredField(SearchFields.File, s.File));
        doc.Add(new StoredField(SearchFields.Line, p.Line));
        doc.Add(new StoredField(SearchFields.Block, p.Block));
        foreach (var id in p.Documents)
        {
            doc.Add(new StoredField(SearchFields.Documents, id));
            doc.Add(new StringField(SearchFields.Cites, id, Field.Store.NO));
        }
        AddFacets(doc, [.. p.Documents.Where(byId.ContainsKey).Select(id => byId[id])]);
        return doc;
    }

    private static Document Common(string kind, string id, string body, long order) =>
    [
        new NumericDocValuesField(SearchFields.Order, order),
        new StringField(SearchFields.Kind, kind, Field.Store.YES),
        new StringField(SearchFields.Id, id, Field.Store.YES),
        new StoredField(SearchFields.Body, body),
        new TextField(SearchFields.Text, body, Field.Store.NO),
        new TextField(SearchFields.TextExact, body, Field.Store.NO),
    ];

    /// <summary>Filter values: a document's own; a passage's are those of the documents it mentions.</summary>
    private static void AddFacets(Document doc, IReadOnlyList<IndexDocument> docs)
    {
        AddKeyword(doc, SearchFields.Type, docs.Select(d => d.Type));
        AddKeyword(doc, SearchFields.Level, docs.Select(d => d.Level));
        AddKeyword(doc, SearchFields.Place, docs.Select(d => d.Place));
        foreach (var year in docs.Select(d => d.Year).OfType<int>().Distinct())
            doc.Add(new Int32Field(SearchFields.Year, year, Field.Store.NO));
    }

    private static void AddKeyword(Document doc, string field, IEnumerable<string?> values)
    {
        foreach (var v in values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(field, v, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(v)));
        }
    }

    /// <summary>Earlier versions built beside the index and swapped folders; their leftovers go.</summary>
    private static void RemoveOldSwapFolders(string directory)
    {
        foreach (var suffix in new[] { ".building", ".old" })
        {
            var path = directory.TrimEnd('/', '\\') + suffix;
            if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        }
    }
}
