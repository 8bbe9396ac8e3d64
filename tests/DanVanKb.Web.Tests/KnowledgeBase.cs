using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Web.Tests;

/// <summary>A data folder (kb.db + lucene/) built from reports, deleted with the fixture.</summary>
public sealed class KnowledgeBase : IDisposable
{
    public KnowledgeBase(Func<string, IReadOnlyList<string>> inputs)
    {
        Root = Path.Combine(Path.GetTempPath(), "danvankb-web-" + Guid.NewGuid().ToString("N"));
        Paths = new KbPaths(Path.Combine(Root, "data"));
        KbIngestor.Ingest(Paths, inputs(Path.Combine(Root, "corpus")));
        KbIndexer.Rebuild(Paths);
    }

    public string Root { get; }

    public KbPaths Paths { get; }

    /// <summary>The tests' own corpus.</summary>
    public static KnowledgeBase FromTestCorpus() => new(folder => [TestCorpus.Write(folder)]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a reader still closing: the temp folder is cleaned later
        }
    }
}
