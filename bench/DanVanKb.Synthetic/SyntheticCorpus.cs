using System.Globalization;
using System.Text;

namespace DanVanKb.Synthetic;

/// <summary>The synthetic corpus: report i is a function of (seed, i) alone, so the corpus of N reports is
/// the first N reports of any larger one and two runs with one seed write identical bytes.</summary>
public sealed class SyntheticCorpus(ulong seed = SyntheticCorpus.DefaultSeed)
{
    public const ulong DefaultSeed = 25;

    /// <summary>Changes whenever the generator writes different text for a seed, so corpora written by an
    /// earlier generator are not reused by the benchmark.</summary>
    public const int Version = 1;

    public World World { get; } = new(seed);

    public ReportSpec Spec(int index) => ReportSpec.Choose(World, index);

    /// <summary>The text of report <paramref name="index"/>.</summary>
    public string Report(int index) => ReportWriter.Write(World, Spec(index));

    public static string FileName(int index) => $"bc-{index.ToString("D5", CultureInfo.InvariantCulture)}.txt";

    /// <summary>Writes reports 0..count-1 as UTF-8 files into <paramref name="folder"/>, in parallel; returns the bytes written.</summary>
    public long Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long total = 0;
        Parallel.For(0, count, i =>
        {
            var bytes = Encoding.UTF8.GetBytes(Report(i));
            File.WriteAllBytes(Path.Combine(folder, FileName(i)), bytes);
            Interlocked.Add(ref total, bytes.LongLength);
        });
        return total;
    }
}
