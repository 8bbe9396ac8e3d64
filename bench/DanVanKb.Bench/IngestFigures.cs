using System.Globalization;
using System.Text.RegularExpressions;

using DanVanKb.Synthetic;

namespace DanVanKb.Bench;

/// <summary>Ingest end to end: `danvankb ingest CORPUS --data DIR` in a child process (extraction, SQLite,
/// graph, the Lucene index the CLI builds), timed from start to exit, with its peak RSS and the seconds of each
/// stage as the CLI prints them.</summary>
public sealed record IngestFigures(double Seconds, double Mbps, double PeakRssMb, int Documents, int Relations, int Passages)
{
    /// <summary>The stages the CLI printed ("stages: read and decode 1.2 s, extract …; bound: extraction"): seconds
    /// by stage name, and the stage that bounded the run.</summary>
    public IReadOnlyDictionary<string, double> Stages { get; init; } = new Dictionary<string, double>();

    public string? Bound { get; init; }

    /// <summary>The stage names, in the order the CLI prints them.</summary>
    public static IReadOnlyList<string> StageNames { get; } =
        ["read and decode", "extract", "SQLite writes", "waiting for extraction", "graph rebuild", "index build"];

    public static IngestFigures Measure(CorpusFolder corpus, string data)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var run = ChildProcess.Run(["--cli", "ingest", corpus.Path, "--data", data]);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"danvankb ingest {corpus.Path} exited with {run.ExitCode}: {run.StderrTail}");
        return Parse(run.Stdout, run.Seconds, corpus.Megabytes, run.PeakRssMb);
    }

    /// <summary>Reports added to a knowledge base already holding a corpus: how long an ingest of a folder
    /// of <paramref name="count"/> new reports (the corpus's next ones) takes, the index updated, not rebuilt.</summary>
    public const int AddedReports = 10;

    public static IngestFigures MeasureAddition(SyntheticCorpus corpus, int after, string work, string data)
    {
        var folder = System.IO.Path.Combine(work, $"addition-{after}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = after; i < after + AddedReports; i++)
        {
            var file = System.IO.Path.Combine(folder, SyntheticCorpus.FileName(i));
            File.WriteAllText(file, corpus.Report(i));
            bytes += new FileInfo(file).Length;
        }
        var run = ChildProcess.Run(["--cli", "ingest", folder, "--data", data]);
        Directory.Delete(folder, recursive: true);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"danvankb ingest {folder} exited with {run.ExitCode}: {run.StderrTail}");
        return Parse(run.Stdout, run.Seconds, bytes / 1e6, run.PeakRssMb);
    }

    /// <summary>The search index was updated with what the run changed, not rebuilt.</summary>
    public bool IndexUpdated { get; init; }

    /// <summary>The figures from the CLI's summary, timed from outside.</summary>
    public static IngestFigures Parse(string stdout, double seconds, double megabytes, double peakRssMb)
    {
        int Count(string pattern) => Regex.Match(stdout, pattern) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        var stages = StageNames.Select(n => (n, m: Regex.Match(stdout, Regex.Escape(n) + @" ([\d.]+) s")))
            .Where(x => x.m.Success).ToDictionary(x => x.n, x => double.Parse(x.m.Groups[1].Value, CultureInfo.InvariantCulture));
        return new IngestFigures(Math.Round(seconds, 1), Math.Round(megabytes / seconds, 2), peakRssMb,
            Count(@"documents:\s+(\d+)"), Count(@"relations:\s+(\d+)"), Count(@"and (\d+) passages"))
        {
            Stages = stages,
            Bound = Regex.Match(stdout, @"bound: ([^\r\n]+)") is { Success: true } b ? b.Groups[1].Value.Trim() : null,
            IndexUpdated = Regex.IsMatch(stdout, @"search:\s+updated in"),
        };
    }
}
