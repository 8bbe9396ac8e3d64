using System.Diagnostics;

using DanVanKb.Storage;

using Xunit.Abstractions;

namespace DanVanKb.Reliability.Tests;

/// <summary>Shared by the reliability tests (run one after another): a generated corpus, the previous
/// state (part a ingested) and the reference (everything ingested cleanly into a fresh folder), each
/// made by the real CLI.</summary>
public sealed class ReliabilityCorpus : IDisposable
{
    public const int Seed = 20240606;
    public const int Reports = 120;

    public ReliabilityCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "danvankb-reliability-" + Guid.NewGuid().ToString("N"));
        Corpus = ReportCorpus.Write(Path.Combine(Root, "corpus"), Reports, Reports / 2, Seed);
        Baseline = new KbPaths(Path.Combine(Root, "baseline"));
        Ingest(Baseline, Path.Combine(Corpus, "a"));
        Reference = new KbPaths(Path.Combine(Root, "reference"));
        var clock = Stopwatch.StartNew();
        Ingest(Reference, Corpus);
        CleanIngest = clock.Elapsed;
        ReferenceExport = Export(Reference);
        BaselineExport = Export(Baseline);
        MentionsBySha = StoreCheck.MentionsBySha(Reference);
    }

    public string Root { get; }

    public string Corpus { get; }

    public KbPaths Baseline { get; }

    public KbPaths Reference { get; }

    /// <summary>How long a clean ingest of the whole corpus takes, process start to exit.</summary>
    public TimeSpan CleanIngest { get; }

    public byte[] ReferenceExport { get; }

    public byte[] BaselineExport { get; }

    public IReadOnlyDictionary<string, int> MentionsBySha { get; }

    /// <summary>A new data folder: empty, or a copy of the previous state.</summary>
    public KbPaths NewData(string name, bool fromBaseline)
    {
        var kb = new KbPaths(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]));
        if (fromBaseline) Copy(Baseline.DataDirectory, kb.DataDirectory);
        return kb;
    }

    public static void Ingest(KbPaths kb, string input)
    {
        var run = ChildCli.Run("ingest", input, "--data", kb.DataDirectory);
        Assert.True(run.Exit == 0, run.Err);
    }

    /// <summary>The export, through the CLI (a read command: it completes what a crash left).</summary>
    public byte[] Export(KbPaths kb)
    {
        var file = Path.Combine(Root, "export-" + Guid.NewGuid().ToString("N") + ".json");
        var run = ChildCli.Run("export", "--data", kb.DataDirectory, "--out", file);
        Assert.True(run.Exit == 0, run.Err);
        var bytes = File.ReadAllBytes(file);
        File.Delete(file);
        return bytes;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
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

[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ReliabilityCorpus>
{
    public const string Name = "reliability";
}

/// <summary>Figures the tests measure, printed and appended to reliability-figures.txt beside the tests.</summary>
public static class Figures
{
    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "reliability-figures.txt"), $"{DateTime.Now:s} {line}{Environment.NewLine}");
    }
}
