using System.Diagnostics;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Text;

namespace DanVanKb.Bench;

/// <summary>Extraction on one core over real reports: the shared seeds and, when they have been fetched
/// (../shared/realworld/README.md), the real-world texts. Their habits (long preambles, tables, lists of
/// bases) cost the extractor more than the synthetic corpus's, so the rate is judged on both.</summary>
public sealed record RealTextRate(int Files, double Megabytes, double OneCoreMbps)
{
    /// <summary>The fetched real-world texts, where the realworld README's fetch step puts them.</summary>
    public static string RealWorldCache =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "danvankb", "realworld");

    /// <summary>Passes over the texts, so that a small set is timed long enough to be read.</summary>
    private const int Passes = 5;

    /// <summary>How long the texts are extracted, untimed, before the timed passes.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);

    public static RealTextRate? Measure(IEnumerable<string> folders)
    {
        var texts = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt").Order(StringComparer.Ordinal))
            .Select(f => ReportDecoder.Decode(File.ReadAllBytes(f)).Text).OfType<string>().ToArray();
        if (texts.Length == 0) return null;
        var mb = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1e6;
        // warm until the JIT's tiers have settled: a few hundred kilobytes extracted once are still mostly
        // first-tier code, while an ingest of a folder runs at the steady rate
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < WarmUp)
            foreach (var t in texts) Extractor.Extract(t);
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < Passes; pass++)
            foreach (var t in texts) Extractor.Extract(t);
        return new RealTextRate(texts.Length, Math.Round(mb, 2), Math.Round(mb * Passes / clock.Elapsed.TotalSeconds, 2));
    }
}
