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
        // how long an uninterrupted ingest takes from each starting state: the previous state, an empty folder
        var fromBaseline = Stopwatch.StartNew();
        var probe = corpus.NewData("kill-probe", fromBaseline: true);
        ReliabilityCorpus.Ingest(probe, corpus.Corpus);
        var windows = new[] { fromBaseline.Elapsed, corpus.CleanIngest };
        int kills = 0, survived = 0, finishedFirst = 0;
        var points = new List<string>();
        for (var n = 0; kills < KillPoints; n++)
        {
            Assert.True(n < KillPoints * 4, $"only {kills} of {n} runs could be killed before they finished");
            // one kill per run: from the previous state (or, one in four, an empty folder), at a random
            // fraction of that run's length; then check, read, run again to completion and compare
            var empty = n % 4 == 3;
            var kb = corpus.NewData("kill", fromBaseline: !empty);
            var at = random.NextDouble() * windows[empty ? 1 : 0];
            using (var child = ChildCli.Start(null, "ingest", corpus.Corpus, "--data", kb.DataDirectory))
            {
                if (child.Process.WaitForExit(at))
                {
                    Assert.True(child.WaitForExit(TimeSpan.FromSeconds(120)) == 0, child.Err);
                    finishedFirst++;
                    // a busy machine ran this one faster than measured: aim earlier from now on
                    windows[empty ? 1 : 0] = at * 0.8;
                    continue;
                }
                child.Kill();
                kills++;
                var progress = child.Err.Split('\n').LastOrDefault(l => l.StartsWith('['))?.Split(' ')[0] ?? "[start]";
                points.Add($"{at.TotalMilliseconds:F0}ms{progress}{(empty ? "e" : "")}");
            }
            StoreCheck.Consistent(kb, corpus.MentionsBySha);
            var read = kills % 2 == 0 ? ChildCli.Run("stats", "--data", kb.DataDirectory) : ChildCli.Run("show", "25-NQ/TW", "--data", kb.DataDirectory);
            // killed before its first report was written, an ingest into an empty folder leaves nothing to show: "not found" (3), never an error
            Assert.True(read.Exit == 0 || (empty && read.Exit == 3), read.Err);
            StoreCheck.Agree(kb);
            ReliabilityCorpus.Ingest(kb, corpus.Corpus);
            Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
            StoreCheck.Agree(kb);
            survived++;
        }
        Figures.Report(output, $"kill -9: {kills} kill points tried, {survived} survived (store consistent, read command ok and store and index agree, " +
            $"next ingest byte-identical to a clean ingest), {finishedFirst} runs finished before their kill point; " +
            $"ingest of {ReliabilityCorpus.Reports} reports {corpus.CleanIngest.TotalSeconds:F1} s into an empty folder, {windows[0].TotalSeconds:F1} s from the previous state; " +
            $"test {clock.Elapsed.TotalSeconds:F0} s; seed {ReliabilityCorpus.Seed}");
        Figures.Report(output, "kill points (time after start, last file reported, e: from an empty folder): " + string.Join(", ", points));
        Assert.Equal(kills, survived);
    }
}
