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

    private static readonly string DigestFile = Path.Combine(RepoFolder(), "bench", "DanVanKb.Bench.Tests", "Extraction", "extraction-digests.txt");

    [SeedsFact]
    public void Extraction_output_is_unchanged_on_the_seeds_the_synthetic_reports_and_the_fetched_real_texts()
    {
        var actual = Texts().ToDictionary(t => t.Name, t => Digest(t.Text), StringComparer.Ordinal);
        if (Environment.GetEnvironmentVariable("DANVANKB_RECORD_DIGESTS") == "1")
        {
            var kept = Recorded().Where(kv => !actual.ContainsKey(kv.Key)); // real texts not fetched here stay recorded
            File.WriteAllLines(DigestFile, actual.Concat(kept).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));
        }
        var recorded = Recorded();
        Assert.Contains(recorded.Keys, k => k.StartsWith("seeds/", StringComparison.Ordinal));
        Assert.Contains(recorded.Keys, k => k.StartsWith("synthetic/", StringComparison.Ordinal));
        var changed = actual.Where(kv => !recorded.TryGetValue(kv.Key, out var d) || d != kv.Value).Select(kv => kv.Key).ToList();
        Assert.True(changed.Count == 0, $"extraction output changed for {changed.Count} of {actual.Count} texts: {string.Join(", ", changed.Take(20))}");
        Assert.All(recorded.Keys.Where(k => !k.StartsWith("realworld/", StringComparison.Ordinal)), k => Assert.Contains(k, actual.Keys));
    }

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

    private static string Digest(string text)
    {
        var json = JsonSerializer.Serialize(Extractor.Extract(text));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static Dictionary<string, string> Recorded() =>
        File.Exists(DigestFile)
            ? File.ReadAllLines(DigestFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)
            : [];

    private static string RepoFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("DanVanKb.sln not found above " + AppContext.BaseDirectory);
    }
}
