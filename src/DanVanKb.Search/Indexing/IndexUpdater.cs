using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Indexing;

/// <summary>Brings an index built from the store's previous graph version to the current one after an ingest
/// that touched a few reports, instead of rebuilding it from every report: the document records whose
/// content changed are rewritten (their stored fingerprints tell), and the passages of the reports that
/// changed, of those whose citations now point at other documents, and of those citing a document whose
/// filter values changed or that is gone. Everything lands in one Lucene commit that records the new graph
/// version; until then the folder's last commit is the old index, whole.</summary>
public static class IndexUpdater
{
    /// <summary>Beyond this share of the archive's reports (and this many), a rebuild writes the index in
    /// fewer passes than rewriting them one by one.</summary>
    private const double MaxShare = 0.25;
    private const int AlwaysUpdated = 50;

    /// <summary>Updates the index, or returns null when it cannot (an index written before fingerprints were
    /// stored) or should not (too many reports to rewrite): the caller rebuilds it.</summary>
    /// <param name="documents">Every document of the current graph, in the store's order.</param>
    /// <param name="sourceIds">Every report of the store, by id.</param>
    /// <param name="changedSources">Reports written, withdrawn or renamed, and those whose citations moved to
    /// another document.</param>
    /// <param name="load">The given reports' texts and citations, from the store.</param>
    public static IndexSummary? Update(string directory, IReadOnlyList<IndexDocument> documents, IReadOnlyList<string> sourceIds,
        IReadOnlyCollection<string> changedSources, Func<IReadOnlyCollection<string>, IEnumerable<IndexSource>> load, long graphVersion)
    {
        using var dir = IndexBuilder.OpenForWriting(directory);
        var plan = Plan(dir, documents, changedSources);
        if (plan is null || plan.Sources.Count > Math.Max(AlwaysUpdated, sourceIds.Count * MaxShare)) return null;

        var facets = PassageFacets.Table.From(documents);
        var ordinal = sourceIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => (long)x.i);
        var writer = new IndexWriter(dir, IndexBuilder.WriterConfig(OpenMode.APPEND));
        try
        {
            foreach (var id in plan.Records.Concat(plan.Removed)) writer.DeleteDocuments(new Term(SearchFields.Id, id));
            foreach (var source in plan.Sources) writer.DeleteDocuments(new Term(SearchFields.Source, source));
            var records = plan.Records.ToHashSet(StringComparer.Ordinal);
            var added = new RecordWriter(writer);
            for (var i = 0; i < documents.Count; i++)
                if (records.Contains(documents[i].Id)) added.Add(documents[i], i);
            var passages = 0;
            var reports = 0;
            foreach (var s in load([.. plan.Sources.Where(ordinal.ContainsKey)]))
            {
                passages += added.AddPassages(s, ordinal[s.Id], facets);
                reports++;
            }
            writer.SetCommitData(new Dictionary<string, string> { [IndexBuilder.GraphVersionKey] = graphVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            writer.Commit();
            writer.Dispose();
            return new IndexSummary(records.Count + plan.Removed.Count, reports, passages) { Updated = true };
        }
        catch
        {
            writer.Rollback(); // Dispose would commit what was written so far
            throw;
        }
    }

    /// <summary>What an update rewrites: document records (new or changed), records gone, and reports.</summary>
    private sealed record UpdatePlan(IReadOnlyList<string> Records, IReadOnlyList<string> Removed, IReadOnlyCollection<string> Sources);

    private static UpdatePlan? Plan(Lucene.Net.Store.Directory dir, IReadOnlyList<IndexDocument> documents, IReadOnlyCollection<string> changedSources)
    {
        using var reader = DirectoryReader.Open(dir);
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Fingerprint, SearchFields.FacetValues };
        var indexed = new Dictionary<string, (string Record, string Facets)>(StringComparer.Ordinal);
        foreach (var record in Holding(reader, new Term(SearchFields.Kind, SearchFields.DocumentKind)))
        {
            var doc = reader.Document(record, fields);
            if (doc.Get(SearchFields.Fingerprint) is not { } fingerprint) return null;
            indexed[doc.Get(SearchFields.Id)] = (fingerprint, doc.Get(SearchFields.FacetValues) ?? "");
        }
        var current = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var rewritten = documents.Where(d => !indexed.TryGetValue(d.Id, out var old) || old.Record != d.Fingerprint).Select(d => d.Id).ToList();
        var removed = indexed.Keys.Where(id => !current.ContainsKey(id)).ToList();
        // passages take their filter values from the documents they cite: those of a changed or gone one are rewritten
        var sources = new HashSet<string>(changedSources, StringComparer.Ordinal);
        var sourceField = new HashSet<string> { SearchFields.Source };
        foreach (var id in indexed.Where(kv => !current.TryGetValue(kv.Key, out var d) || d.Facets != kv.Value.Facets).Select(kv => kv.Key))
            foreach (var passage in Holding(reader, new Term(SearchFields.Cites, id)))
                sources.Add(reader.Document(passage, sourceField).Get(SearchFields.Source));
        return new UpdatePlan(rewritten, removed, sources);
    }

    /// <summary>The records holding a term, read from its postings: a search for "every hit" sized its queue to
    /// the whole index (2.6 million entries at 20,000 reports), once for the document records and once more for
    /// each document whose filter values changed.</summary>
    private static IEnumerable<int> Holding(IndexReader reader, Term term)
    {
        var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), term.Field, term.Bytes, DocsFlags.NONE);
        if (docs is null) yield break;
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) yield return doc;
    }
}
