using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVanKb.Bench;

/// <summary>Ingest end to end: `danvankb ingest CORPUS --data DIR` in a child process (extraction, SQLite,
/// graph, the Lucene index the CLI builds), timed from start to exit, with its peak RSS.</summary>
public sealed record IngestFigures(double Seconds, double Mbps, double PeakRssMb, int Documents, int Relations, int Passages)
{
    public static IngestFigures Measure(CorpusFolder corpus, string data)
    {
        if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        var run = ChildProcess.Run(["--cli", "ingest", corpus.Path, "--data", data]);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"danvankb ingest {corpus.Path} exited with {run.ExitCode}: {run.StderrTail}");
        int Count(string pattern) => Regex.Match(run.Stdout, pattern) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
        return new IngestFigures(Math.Round(run.Seconds, 1), Math.Round(corpus.Megabytes / run.Seconds, 2), run.PeakRssMb,
            Count(@"documents:\s+(\d+)"), Count(@"relations:\s+(\d+)"), Count(@"and (\d+) passages"));
    }
}
