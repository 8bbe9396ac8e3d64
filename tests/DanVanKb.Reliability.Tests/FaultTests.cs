using DanVanKb.Storage;

namespace DanVanKb.Reliability.Tests;

/// <summary>Faults injected into a real `ingest` (DANVANKB_FAULT): an exception between the SQLite commit
/// and the index update, and a full disk.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class FaultTests(ReliabilityCorpus corpus)
{
    private static Dictionary<string, string> Fault(string name) => new() { [FaultInjection.Variable] = name };

    [Fact]
    public void AnExceptionAfterTheCommitLeavesAUsableKbThatTheNextCommandCompletes()
    {
        var kb = corpus.NewData("after-commit", fromBaseline: true);
        var run = ChildCli.Run(Fault("after-commit"), "ingest", corpus.Corpus, "--data", kb.DataDirectory);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains("injected fault", run.Err, StringComparison.Ordinal);
        StoreCheck.Consistent(kb, corpus.MentionsBySha);

        // the graph is committed, the index is behind: a read command rebuilds it
        using (var reader = new Storage.Reading.KbReader(kb))
            Assert.NotEqual(reader.GraphVersion(), Search.Querying.KbSearcher.IndexedGraphVersion(kb.LuceneDirectory));
        Assert.Equal(0, ChildCli.Run("stats", "--data", kb.DataDirectory).Exit);
        StoreCheck.Agree(kb);

        Assert.Equal(0, ChildCli.Run("ingest", corpus.Corpus, "--data", kb.DataDirectory).Exit);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
        StoreCheck.Agree(kb);
    }

    [Fact]
    public void AnIngestInterruptedAfterTheCommitIsCompletedByTheNextIngest()
    {
        var kb = corpus.NewData("after-commit-ingest", fromBaseline: true);
        Assert.NotEqual(0, ChildCli.Run(Fault("after-commit"), "ingest", corpus.Corpus, "--data", kb.DataDirectory).Exit);
        Assert.Equal(0, ChildCli.Run("ingest", corpus.Corpus, "--data", kb.DataDirectory).Exit);
        StoreCheck.Agree(kb);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
    }

    [Fact]
    public void AFullDiskFailsTheIngestClearlyAndLeavesThePreviousState()
    {
        var kb = corpus.NewData("disk-full", fromBaseline: true);
        var run = ChildCli.Run(Fault("disk-full"), "ingest", corpus.Corpus, "--data", kb.DataDirectory);
        Assert.Equal(2, run.Exit);
        Assert.Contains("the disk is full", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal); // a message, not a stack trace
        StoreCheck.Consistent(kb, corpus.MentionsBySha);
        Assert.Equal(corpus.BaselineExport, corpus.Export(kb));
        StoreCheck.Agree(kb);

        Assert.Equal(0, ChildCli.Run("ingest", corpus.Corpus, "--data", kb.DataDirectory).Exit);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
    }
}
