using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Text;
using DanVanKb.Synthetic;

namespace DanVanKb.Bench.Tests.Extraction;

/// <summary>Work on the extractor's speed must not change what it extracts: every result (report, mentions,
/// documents, relations, diagnostics) over the seeds, the first synthetic reports and, where they have been
/// fetched, the real-world texts is compared with the digest recorded in <c>extraction-digests.txt</c>. A rule
/// that is meant to change the output re-records them: <c>DANVANKB_RECORD_DIGESTS=1 dotnet test
/// bench/DanVanKb.Bench.Tests --filter ExtractionOutputTests</c>, and the diff shows which texts it changed.</summary>
public sealed class ExtractionOutputTests
{
    private const int SyntheticReports = 60;

    private static readonly string DigestFile = Path.Combine(SeedsFactAttribute.Repo, "bench", "DanVanKb.Bench.Tests", "Extraction", "extraction-digests.txt");

    [SeedsFact]
    public void Extraction_output_is_unchanged_on_the_seeds_the_synthetic_reports_and_the_fetched_real_texts()
    {
        var actual = Texts().ToDictionary(t => t.Name, t => new Digest(Sha(t.Text), Sha(JsonSerializer.Serialize(Extractor.Extract(t.Text)))), StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("DANVANKB_RECORD_DIGESTS") == "1")
        {
            var kept = Recorded().Where(kv => !actual.ContainsKey(kv.Key)); // real texts not fetched here stay recorded
            File.WriteAllLines(DigestFile, actual.Concat(kept).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value.Input} {kv.Value.Output}"));
        }
        var recorded = Recorded();
        Assert.Contains(recorded.Keys, k => k.StartsWith("seeds/", StringComparison.Ordinal));
        Assert.Contains(recorded.Keys, k => k.StartsWith("synthetic/", StringComparison.Ordinal));
        // a real text fetched again may differ from the one recorded: only the same text can be compared
        var compared = actual.Where(kv => !kv.Key.StartsWith("realworld/", StringComparison.Ordinal) || recorded.GetValueOrDefault(kv.Key)?.Input == kv.Value.Input);
        var changed = compared.Where(kv => recorded.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        Assert.True(changed.Count == 0, $"extraction output changed for {changed.Count} of {actual.Count} texts: {string.Join(", ", changed.Take(20))}");
        Assert.All(recorded.Keys.Where(k => !k.StartsWith("realworld/", StringComparison.Ordinal)), k => Assert.Contains(k, actual.Keys));
    }

    /// <summary>A text's digest and its extraction's.</summary>
    private sealed record Digest(string Input, string Output);

    private static IEnumerable<(string Name, string Text)> Texts()
    {
        foreach (var f in Directory.EnumerateFiles(SeedsFactAttribute.Seeds, "*.txt").Order(StringComparer.Ordinal))
            yield return ("seeds/" + Path.GetFileName(f), Decoded(f));
        var corpus = new SyntheticCorpus();
        for (var i = 0; i < SyntheticReports; i++)
            yield return ("synthetic/" + SyntheticCorpus.FileName(i), corpus.Report(i));
        if (!Directory.Exists(RealTextRate.RealWorldCache)) yield break;
        foreach (var f in Directory.EnumerateFiles(RealTextRate.RealWorldCache, "*.txt").Order(StringComparer.Ordinal))
            yield return ("realworld/" + Path.GetFileName(f), Decoded(f));
    }

    private static string Decoded(string path) => ReportDecoder.Decode(File.ReadAllBytes(path)).Text ?? "";

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Dictionary<string, Digest> Recorded() =>
        File.Exists(DigestFile)
            ? File.ReadAllLines(DigestFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => new Digest(p[1], p[2]), StringComparer.Ordinal)
            : [];
}
