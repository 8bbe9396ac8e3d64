using System.Diagnostics;

using Xunit.Abstractions;

namespace DanVanKb.Reliability.Tests;

/// <summary>kill -9 of a real `ingest` at seeded random points in time: after each kill the store is
/// usable and consistent, a read command completes it (store and index agree), and the ingest run again
/// to completion gives the byte-identical export of a clean ingest.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class KillTests(ReliabilityCorpus corpus, ITestOutputHelper output)
{
    private const int KillPoints = 22;

    [Fact]
    public void AnIngestKilledAtRandomPointsLeavesAUsableKbAndTheNextRunCompletesIt()
    {
        var random = new Random(ReliabilityCorpus.Seed);
        var clock = Stopwatch.StartNew();
        var window = corpus.CleanIngest.TotalMilliseconds;
        int kills = 0, survived = 0, chains = 0, finishedFirst = 0;
        var points = new List<string>();
        while (kills < KillPoints)
        {
            // a chain: from the previous state (or an empty folder), ingest, kill, check, read, again… until a run completes
            chains++;
            var kb = corpus.NewData("kill", fromBaseline: chains % 4 != 1);
            for (var run = 0; ; run++)
            {
                var at = TimeSpan.FromMilliseconds(random.NextDouble() * window);
                using var child = ChildCli.Start(null, "ingest", corpus.Corpus, "--data", kb.DataDirectory);
                if (kills >= KillPoints || child.Process.WaitForExit(at))
                {
                    Assert.True(child.WaitForExit(TimeSpan.FromSeconds(120)) == 0, child.Err);
                    if (kills < KillPoints) finishedFirst++;
                    break;
                }
                child.Kill();
                kills++;
                var progress = child.Err.Split('\n').LastOrDefault(l => l.StartsWith('['))?.Split(' ')[0] ?? "[start]";
                StoreCheck.Consistent(kb, corpus.MentionsBySha);
                var read = kills % 2 == 0 ? ChildCli.Run("stats", "--data", kb.DataDirectory) : ChildCli.Run("show", "25-NQ/TW", "--data", kb.DataDirectory);
                Assert.True(read.Exit == 0, read.Err);
                StoreCheck.Agree(kb);
                survived++;
                points.Add($"{at.TotalMilliseconds:F0}ms{progress}");
            }
            Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
            StoreCheck.Agree(kb);
        }
        Figures.Report(output, $"kill -9: {kills} kill points tried, {survived} survived (consistent store, read command ok, store and index agree), " +
            $"{chains} chains each completed byte-identical to a clean ingest, {finishedFirst} runs finished before their kill point; " +
            $"clean ingest {corpus.CleanIngest.TotalSeconds:F1} s for {ReliabilityCorpus.Reports} reports; test {clock.Elapsed.TotalSeconds:F0} s; seed {ReliabilityCorpus.Seed}");
        Figures.Report(output, "kill points (time after start, last file reported): " + string.Join(", ", points));
        Assert.Equal(kills, survived);
    }
}
