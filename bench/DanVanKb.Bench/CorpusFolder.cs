using System.Diagnostics;
using System.Globalization;

using DanVanKb.Synthetic;

namespace DanVanKb.Bench;

/// <summary>The synthetic corpus of one size on disk, written once per seed and size (a marker file records
/// that it is complete, so an interrupted write is redone).</summary>
public sealed record CorpusFolder(string Path, int Reports, long Bytes, double WriteSeconds)
{
    public double Megabytes => Bytes / 1e6;

    public IReadOnlyList<string> Files() => [.. Directory.EnumerateFiles(Path, "*.txt").Order(StringComparer.Ordinal)];

    public static CorpusFolder Ensure(SyntheticCorpus corpus, string work, ulong seed, int reports)
    {
        var path = System.IO.Path.Combine(work, $"corpus-v{SyntheticCorpus.Version}-s{seed.ToString(CultureInfo.InvariantCulture)}-{reports.ToString(CultureInfo.InvariantCulture)}");
        var marker = System.IO.Path.Combine(path, ".complete");
        if (File.Exists(marker) && long.TryParse(File.ReadAllText(marker), CultureInfo.InvariantCulture, out var known))
            return new CorpusFolder(path, reports, known, 0);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        var clock = Stopwatch.StartNew();
        var bytes = corpus.Write(path, reports);
        File.WriteAllText(marker, bytes.ToString(CultureInfo.InvariantCulture));
        return new CorpusFolder(path, reports, bytes, Math.Round(clock.Elapsed.TotalSeconds, 1));
    }
}
