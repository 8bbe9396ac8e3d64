using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Synthetic;

namespace DanVanKb.Bench;

/// <summary>Extraction alone, in this process: <see cref="Extractor.Extract"/> over the decoded texts on all
/// cores and on one, beside a plain regex scan for symbols over the same texts (the floor any extractor that
/// reads the text pays). The one-core pass also yields the corpus statistics.</summary>
public sealed record ExtractionFigures(int Files, double Megabytes, double AllCoresMbps, double OneCoreMbps, double RegexAllCoresMbps, double RegexOneCoreMbps,
    long RegexMatches, CorpusStatistics Statistics)
{
    /// <summary>A Party or State symbol: 25-NQ/TW, 33/CT-TTg, 30/2020/NĐ-CP, 35/KH-UBND.</summary>
    private static readonly Regex Symbol = new(@"\b\d{1,4}(?:/\d{4})?\s?[-/]\s?\p{Lu}[\p{L}&]{0,6}\s?[-/]\s?\p{Lu}[\p{L}\d-]{0,12}", RegexOptions.Compiled);

    public static ExtractionFigures Measure(CorpusFolder corpus, int maxMb)
    {
        var files = new List<string>();
        long bytes = 0;
        foreach (var f in corpus.Files())
        {
            if (maxMb > 0 && bytes >= maxMb * 1_000_000L) break;
            files.Add(f);
            bytes += new FileInfo(f).Length;
        }
        // decoded the way ingest decodes; the I/O and decoding are outside the timed passes
        var texts = files.Select(f => ReportDecoder.Decode(File.ReadAllBytes(f)).Text!).ToArray();
        var mb = bytes / 1e6;
        foreach (var t in texts.Take(10)) Extractor.Extract(t); // JIT warm-up

        var clock = Stopwatch.StartNew();
        long mentions = 0;
        Parallel.ForEach(Partitioner.Create(0, texts.Length, 1), range =>
        {
            long local = 0;
            for (var i = range.Item1; i < range.Item2; i++) local += Extractor.Extract(texts[i]).Mentions.Count;
            Interlocked.Add(ref mentions, local);
        });
        var all = clock.Elapsed.TotalSeconds;

        var results = new (string, ExtractionResult)[texts.Length];
        clock.Restart();
        for (var i = 0; i < texts.Length; i++) results[i] = (texts[i], Extractor.Extract(texts[i]));
        var one = clock.Elapsed.TotalSeconds;

        clock.Restart();
        long matches = 0;
        Parallel.For(0, texts.Length, i => Interlocked.Add(ref matches, Symbol.Count(texts[i])));
        var regexAll = clock.Elapsed.TotalSeconds;
        clock.Restart();
        long check = 0;
        foreach (var t in texts) check += Symbol.Count(t);
        var regexOne = clock.Elapsed.TotalSeconds;

        var stats = CorpusStatistics.Of("synthetic", results);
        return new ExtractionFigures(files.Count, Math.Round(mb, 1), Rate(mb, all), Rate(mb, one), Rate(mb, regexAll), Rate(mb, regexOne), check, stats);
    }

    private static double Rate(double mb, double seconds) => Math.Round(mb / Math.Max(seconds, 1e-9), 2);
}
