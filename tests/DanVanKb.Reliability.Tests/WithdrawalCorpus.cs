using System.Diagnostics;

using DanVanKb.Storage;

namespace DanVanKb.Reliability.Tests;

/// <summary>For the withdrawal tests: a copy of the generated corpus ingested whole (the state before),
/// then its part "b" deleted from the folder, so that the next `ingest` of the folder withdraws 60
/// reports; the reference is a clean ingest of what remains.</summary>
public sealed class WithdrawalCorpus : IDisposable
{
    public WithdrawalCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "danvankb-withdrawal-" + Guid.NewGuid().ToString("N"));
        Folder = ReportCorpus.Write(Path.Combine(Root, "corpus"), ReliabilityCorpus.Reports, ReliabilityCorpus.Reports / 2, ReliabilityCorpus.Seed);
        Full = new KbPaths(Path.Combine(Root, "full"));
        ReliabilityCorpus.Ingest(Full, Folder);
        MentionsBySha = StoreCheck.MentionsBySha(Full);
        Directory.Delete(Path.Combine(Folder, "b"), recursive: true);
        Remaining = Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories).Length;
        var reference = new KbPaths(Path.Combine(Root, "reference"));
        ReliabilityCorpus.Ingest(reference, Folder);
        ReferenceExport = Export(reference);
        var before = NewData("before");
        BeforeExport = Export(before);
        var clock = Stopwatch.StartNew();
        ReliabilityCorpus.Ingest(before, Folder);
        Sync = clock.Elapsed;
    }

    public string Root { get; }

    /// <summary>The folder of reports, part "b" deleted.</summary>
    public string Folder { get; }

    /// <summary>The knowledge base of the whole folder, before part "b" was deleted.</summary>
    public KbPaths Full { get; }

    public int Remaining { get; }

    public IReadOnlyDictionary<string, int> MentionsBySha { get; }

    public byte[] ReferenceExport { get; }

    public byte[] BeforeExport { get; }

    /// <summary>How long the withdrawing ingest takes, process start to exit.</summary>
    public TimeSpan Sync { get; }

    /// <summary>A copy of the state before the withdrawal.</summary>
    public KbPaths NewData(string name)
    {
        var kb = new KbPaths(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(kb.DataDirectory);
        foreach (var f in Directory.EnumerateFiles(Full.DataDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(kb.DataDirectory, Path.GetRelativePath(Full.DataDirectory, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        return kb;
    }

    public byte[] Export(KbPaths kb)
    {
        var file = Path.Combine(Root, "export-" + Guid.NewGuid().ToString("N") + ".json");
        var run = ChildCli.Run("export", "--data", kb.DataDirectory, "--out", file);
        Assert.True(run.Exit == 0, run.Err);
        var bytes = File.ReadAllBytes(file);
        File.Delete(file);
        return bytes;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a child still closing: the temp folder is cleaned later
        }
    }
}
