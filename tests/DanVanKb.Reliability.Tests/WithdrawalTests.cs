using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

using DanVanKb.Storage;
using DanVanKb.Web.Hosting;

using Microsoft.AspNetCore.Builder;

using Microsoft.Data.Sqlite;

using Xunit.Abstractions;

namespace DanVanKb.Reliability.Tests;

/// <summary>An `ingest` of a folder that withdraws 60 reports whose files were deleted, interrupted by the
/// injected faults (DANVANKB_FAULT) and by kill -9: each withdrawal is whole or not done, the knowledge
/// base stays usable, and the next command completes it to what a clean ingest of the folder gives.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class WithdrawalTests(WithdrawalCorpus corpus, ITestOutputHelper output) : IClassFixture<WithdrawalCorpus>
{
    private const int KillPoints = 8;

    private static Dictionary<string, string> Fault(string name) => new() { [FaultInjection.Variable] = name };

    [Fact]
    public void AWithdrawalStoppedAfterItsFirstCommitLeavesAUsableKbThatTheNextCommandCompletes()
    {
        var kb = corpus.NewData("mid-withdrawal");
        var run = ChildCli.Run(Fault("mid-withdrawal"), "ingest", corpus.Folder, "--data", kb.DataDirectory);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains("injected fault", run.Err, StringComparison.Ordinal);
        Whole(kb);
        // exactly one report withdrawn, whole: its row, mentions and original gone together; the graph marked stale
        Assert.Equal(ReliabilityCorpus.Reports - 1, Count(kb, "SELECT COUNT(*) FROM sources"));
        Assert.Equal("1", Text(kb, "SELECT value FROM meta WHERE key = 'graph_stale'"));

        // a read command completes the graph and the index for the 119 reports stored
        Assert.Equal(0, ChildCli.Run("stats", "--data", kb.DataDirectory).Exit);
        StoreCheck.Agree(kb);
        Assert.Equal(0, Count(kb, "SELECT COUNT(*) FROM relations WHERE source_id NOT IN (SELECT id FROM sources)"));

        Assert.Equal(0, ChildCli.Run("ingest", corpus.Folder, "--data", kb.DataDirectory).Exit);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
        StoreCheck.Agree(kb);
    }

    [Fact]
    public void AWithdrawalStoppedBetweenTheGraphAndTheIndexIsCompletedByTheNextCommand()
    {
        var kb = corpus.NewData("withdrawal-after-commit");
        var run = ChildCli.Run(Fault("after-commit"), "ingest", corpus.Folder, "--data", kb.DataDirectory);
        Assert.NotEqual(0, run.Exit);
        Assert.Contains("60 removed", run.Out, StringComparison.Ordinal);
        Whole(kb);
        using (var reader = new Storage.Reading.KbReader(kb))
            Assert.NotEqual(reader.GraphVersion(), Search.Querying.KbSearcher.IndexedGraphVersion(kb.LuceneDirectory));
        Assert.Equal(0, ChildCli.Run("stats", "--data", kb.DataDirectory).Exit);
        StoreCheck.Agree(kb);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
    }

    [Fact]
    public void AFullDiskDuringASyncLeavesThePreviousStateWhole()
    {
        var kb = corpus.NewData("withdrawal-disk-full");
        var added = Path.Combine(corpus.Folder, "c", "added.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(added)!);
        File.Copy(Directory.GetFiles(Path.Combine(corpus.Folder, "a"))[0], added + ".src");
        File.WriteAllText(added, File.ReadAllText(added + ".src").Replace("Báo cáo số", "Báo cáo bổ sung số", StringComparison.Ordinal));
        File.Delete(added + ".src");
        try
        {
            var run = ChildCli.Run(Fault("disk-full"), "ingest", corpus.Folder, "--data", kb.DataDirectory);
            Assert.Equal(2, run.Exit);
            Assert.Contains("the disk is full", run.Err, StringComparison.Ordinal);
            Whole(kb);
            Assert.Equal(corpus.BeforeExport, corpus.Export(kb)); // nothing added, nothing withdrawn
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(added)!, recursive: true);
        }
        Assert.Equal(0, ChildCli.Run("ingest", corpus.Folder, "--data", kb.DataDirectory).Exit);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
    }

    [Fact]
    public void AWithdrawingIngestKilledAtRandomPointsLeavesAUsableKbAndTheNextRunCompletesIt()
    {
        var random = new Random(ReliabilityCorpus.Seed + 1);
        var window = corpus.Sync;
        int kills = 0, finishedFirst = 0;
        var points = new List<string>();
        for (var n = 0; kills < KillPoints; n++)
        {
            Assert.True(n < KillPoints * 4, $"only {kills} of {n} runs could be killed before they finished");
            var kb = corpus.NewData("withdrawal-kill");
            // one run in two is killed at a random time over the whole run, the other a few milliseconds
            // after its first withdrawal is reported: in the middle of the withdrawals, which take little time
            var inWithdrawals = n % 2 == 1;
            var at = inWithdrawals ? TimeSpan.FromMilliseconds(random.Next(0, 40)) : random.NextDouble() * window;
            using (var child = ChildCli.Start(null, "ingest", corpus.Folder, "--data", kb.DataDirectory))
            {
                if (inWithdrawals)
                {
                    var wait = Stopwatch.StartNew();
                    while (!child.Err.Contains("] removed", StringComparison.Ordinal) && !child.Process.HasExited && wait.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(1);
                }
                if (child.Process.WaitForExit(at))
                {
                    Assert.True(child.WaitForExit(TimeSpan.FromSeconds(120)) == 0, child.Err);
                    finishedFirst++;
                    if (!inWithdrawals) window = at * 0.8; // a busy machine ran this one faster than measured: aim earlier
                    continue;
                }
                child.Kill();
                kills++;
            }
            Whole(kb);
            var stored = Count(kb, "SELECT COUNT(*) FROM sources");
            points.Add($"{(inWithdrawals ? "first removal+" : "")}{at.TotalMilliseconds:F0}ms:{ReliabilityCorpus.Reports - stored}");
            Assert.InRange(stored, corpus.Remaining, ReliabilityCorpus.Reports);
            Assert.Equal(0, ChildCli.Run("show", "25-NQ/TW", "--data", kb.DataDirectory).Exit);
            StoreCheck.Agree(kb);
            Assert.Equal(0, ChildCli.Run("ingest", corpus.Folder, "--data", kb.DataDirectory).Exit);
            Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
        }
        Figures.Report(output, $"kill -9 during a withdrawal of {ReliabilityCorpus.Reports - corpus.Remaining} reports: {kills} kill points, all survived " +
            $"(every stored report whole with its mentions and original, read command ok, next ingest byte-identical to a clean ingest); " +
            $"{finishedFirst} runs finished first; the withdrawing ingest {corpus.Sync.TotalSeconds:F1} s; points (time after start or after the first withdrawal: reports withdrawn): {string.Join(", ", points)}");
    }

    [Fact]
    public async Task TheSiteAnswersWithTheOldOrTheNewStateWhileReportsAreWithdrawn()
    {
        var kb = corpus.NewData("withdrawal-site");
        var withdrawn = Text(kb, $"SELECT id FROM sources WHERE path LIKE '%{Path.DirectorySeparatorChar}b{Path.DirectorySeparatorChar}%' ORDER BY id LIMIT 1")!;
        var app = WebApp.Build(new WebAppOptions(kb.DataDirectory, "http://127.0.0.1:0"));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var old = await SearchAnswer(http);
            var seen = new ConcurrentDictionary<(int, int), int>();
            var pages = new ConcurrentDictionary<int, int>();
            var errors = new ConcurrentBag<string>();
            using var ingest = ChildCli.Start(null, "ingest", corpus.Folder, "--data", kb.DataDirectory);
            async Task Client()
            {
                while (!ingest.Process.HasExited)
                {
                    try
                    {
                        seen.AddOrUpdate(await SearchAnswer(http), 1, (_, n) => n + 1);
                        using var page = await http.GetAsync(new Uri($"/nguon/{withdrawn}", UriKind.Relative));
                        pages.AddOrUpdate((int)page.StatusCode, 1, (_, n) => n + 1);
                        using var api = await http.GetAsync(new Uri($"/api/sources/{withdrawn}", UriKind.Relative));
                        pages.AddOrUpdate((int)api.StatusCode, 1, (_, n) => n + 1);
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
                    {
                        errors.Add(e.Message);
                    }
                }
            }
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Client)));
            Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromSeconds(60)));
            var @new = await SearchAnswer(http);
            Assert.NotEqual(old, @new);
            Assert.Empty(errors);
            var mixed = seen.Keys.Where(k => k != old && k != @new).ToList();
            Assert.True(mixed.Count == 0, $"search answers neither old {old} nor new {@new}: {string.Join(", ", mixed)}");
            // the withdrawn report's page and twin: there (old state) or not found (new state), never a failure
            Assert.All(pages.Keys, status => Assert.True(status is 200 or 404, $"the withdrawn report answered {status}"));
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri($"/nguon/{withdrawn}", UriKind.Relative))).StatusCode);
            Figures.Report(output, $"site during a withdrawal of {ReliabilityCorpus.Reports - corpus.Remaining} reports: 4 clients, {seen.Values.Sum() + pages.Values.Sum()} requests, {errors.Count} errors; " +
                $"search (passages, mentions of 25-NQ/TW) old {old} ×{seen.GetValueOrDefault(old)}, new {@new} ×{seen.GetValueOrDefault(@new)}, other {mixed.Count}; " +
                $"the withdrawn report's page and twin: {string.Join(", ", pages.OrderBy(p => p.Key).Select(p => $"{p.Key} ×{p.Value}"))}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>One search response joining the index (passages found) and the graph (the document's mentions).</summary>
    private static async Task<(int Total, int Mentions)> SearchAnswer(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/api/search?q=25-NQ%2FTW", UriKind.Relative));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"search: {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("total").GetInt32(), json.RootElement.GetProperty("symbolMatches")[0].GetProperty("mentions").GetInt32());
    }

    /// <summary>Usable, every stored report whole (its mentions as a clean ingest gave them, its original),
    /// no mention or original without its report.</summary>
    private void Whole(KbPaths kb)
    {
        StoreCheck.Consistent(kb, corpus.MentionsBySha);
        Assert.Equal(0, Count(kb, "SELECT COUNT(*) FROM sources WHERE id NOT IN (SELECT source_id FROM originals)"));
        Assert.Equal(0, Count(kb, "SELECT COUNT(*) FROM originals WHERE source_id NOT IN (SELECT id FROM sources)"));
        Assert.Equal(0, Count(kb, "SELECT COUNT(*) FROM mentions WHERE source_id NOT IN (SELECT id FROM sources)"));
    }

    private static long Count(KbPaths kb, string sql) => Convert.ToInt64(Text(kb, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(KbPaths kb, string sql)
    {
        using var c = new SqliteConnection($"Data Source={kb.Database};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
