using System.Collections.Concurrent;

using DanVanKb.Search.Analysis;

using Lucene.Net.Index;
using Lucene.Net.Store;

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

    static IndexBuilder() => KbCodec.Register();

    /// <param name="documents">Read once, in the store's order, before the reports: only each one's facets are
    /// kept (PassageFacets), so a caller can stream them.</param>
    public static IndexSummary Build(string directory, IEnumerable<IndexDocument> documents, IEnumerable<IndexSource> sources, long graphVersion = 0)
    {
        RemoveOldSwapFolders(directory);
        RemoveUnreadable(directory);
        var facets = new PassageFacets.Table();
        int passages = 0, reports = 0, records = 0;
        var config = WriterConfig(OpenMode.CREATE);
        config.RAMBufferSizeMB = RamBufferMB;
        using var dir = OpenForWriting(directory);
        var writer = new IndexWriter(dir, config);
        try
        {
            var recordWriter = new RecordWriter(writer);
            foreach (var d in documents)
            {
                recordWriter.Add(d, records++);
                facets.Add(d);
            }
            // IndexWriter takes documents from several threads at once (one segment buffer each): passages
            // are cut and analyzed on every core, reports streamed in order from the store
            var stream = Partitioner.Create(sources, EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(stream, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new RecordWriter(writer), (s, _, index, thread) =>
            {
                Interlocked.Increment(ref reports);
                Interlocked.Add(ref passages, thread.AddPassages(s, index, facets));
                return thread;
            }, _ => { });
            writer.SetCommitData(new Dictionary<string, string> { [GraphVersionKey] = graphVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            writer.Rollback(); // closing would commit the half-written index over the old one
            throw;
        }
        return new IndexSummary(records, reports, passages);
    }

    /// <summary>How the index is written, built or updated: the analyzers and the codec.</summary>
    internal static IndexWriterConfig WriterConfig(OpenMode mode) =>
        new(VietnameseAnalyzer.Version, SearchAnalyzers.PerField) { OpenMode = mode, Codec = new KbCodec() };

    /// <summary>The index folder as its writer reads it: through file reads, not memory maps. Merging
    /// reads every segment; mapped, those pages count in the process's memory (a build of 20,000 reports
    /// peaked at 878 MB mapped and 453 MB read), while the site, which reads, keeps its maps.</summary>
    internal static Lucene.Net.Store.Directory OpenForWriting(string directory) => new NIOFSDirectory(directory);

    /// <summary>An index whose only commit cannot be read (a first build killed while writing it) goes: nothing
    /// can search it, and a writer opening the folder trips on it.</summary>
    private static void RemoveUnreadable(string directory)
    {
        if (!Querying.KbSearcher.Exists(directory)) return;
        using var dir = FSDirectory.Open(directory);
        if (Querying.KbSearcher.LastCommit(dir) is null)
            foreach (var file in dir.ListAll()) dir.DeleteFile(file);
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
