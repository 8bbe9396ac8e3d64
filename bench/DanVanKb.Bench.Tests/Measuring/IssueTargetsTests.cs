using DanVanKb.Load;
using DanVanKb.Synthetic;

namespace DanVanKb.Bench.Tests.Measuring;

public sealed class IssueTargetsTests
{
    [Fact]
    public void A_fast_search_that_finds_nothing_is_missed()
    {
        var size = Size(1_000, prefix: new Matches(0, 11_541, 7_107));

        var verdicts = IssueTargets.Judge([size]).Where(v => v.Target.Contains("prefix", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal(VerdictStatus.Missed, v.Status));
        Assert.All(verdicts, v => Assert.Contains("found nothing (FTS5 found 11,541)", v.Measured, StringComparison.Ordinal));
    }

    [Fact]
    public void A_fast_search_that_finds_what_fts5_finds_is_met()
    {
        var verdicts = IssueTargets.Judge([Size(1_000)]);

        Assert.Equal(VerdictStatus.Met, verdicts.Single(v => v.Target == "search p99, prefix").Status);
        Assert.Equal(VerdictStatus.Met, verdicts.Single(v => v.Target == "search prefix vs FTS5 (median)").Status);
    }

    [Fact]
    public void Ingest_time_may_grow_with_the_reports_and_no_faster()
    {
        var linear = IssueTargets.Judge([Size(1_000, ingestSeconds: 100), Size(5_000, ingestSeconds: 500)]);
        var worse = IssueTargets.Judge([Size(1_000, ingestSeconds: 100), Size(5_000, ingestSeconds: 600)]);

        Assert.Equal(VerdictStatus.Met, linear.Single(v => v.Target.StartsWith("ingest time growth", StringComparison.Ordinal)).Status);
        var missed = worse.Single(v => v.Target.StartsWith("ingest time growth", StringComparison.Ordinal));
        Assert.Equal(VerdictStatus.Missed, missed.Status);
        Assert.Equal("1,000→5,000", missed.Size);
    }

    [Fact]
    public void Memory_at_twenty_thousand_is_not_measured_when_that_size_did_not_run()
    {
        var v = IssueTargets.Judge([Size(1_000)]).Single(x => x.Target == "ingest peak RSS at 20,000 reports");

        Assert.Equal(VerdictStatus.NotMeasured, v.Status);
        Assert.Contains("1,000", v.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tree_target_waits_for_a_tree_near_ten_thousand()
    {
        var small = IssueTargets.Judge([Size(1_000, treeDescendants: 1_200)]).Single(v => v.Target.StartsWith("tree down", StringComparison.Ordinal));
        var large = IssueTargets.Judge([Size(20_000, treeDescendants: 9_800)]).Single(v => v.Target.StartsWith("tree down", StringComparison.Ordinal));

        Assert.Equal(VerdictStatus.NotMeasured, small.Status);
        Assert.Equal(VerdictStatus.Met, large.Status);
    }

    [Fact]
    public void One_http_error_at_64_clients_misses()
    {
        var v = IssueTargets.Judge([Size(1_000, errors: 1)]).Single(x => x.Target == "HTTP errors at 64 clients");

        Assert.Equal(VerdictStatus.Missed, v.Status);
    }

    /// <summary>A size whose figures all meet the targets, but for what the test changes.</summary>
    private static SizeResult Size(int reports, Matches? prefix = null, double ingestSeconds = 10, int treeDescendants = 10_000, int errors = 0)
    {
        var stats = new CorpusStatistics("s", reports, 50, 50, 1.5, 0.3, 0.1, 0.8, 40, 0.2, 0.3, 0.1, 120, 140, 700, 2000);
        var fast = new Latency(100, 0.1, 0.5, 0.2, 0.6);
        var slow = new Latency(100, 50, 80, 55, 90);
        var rows = Enum.GetValues<QueryKind>().Select(k => new SearchRow(k, 5, "q", fast, slow, slow, k == QueryKind.Prefix && prefix is not null ? prefix : new Matches(10, 10, 10))).ToList();
        var nav = new NavigationFigures(
            [new NavigationRow("down", 10_000, "25-NQ/TW (central)", treeDescendants, fast), new NavigationRow("up", 10_000, "25-NQ/TW (central)", treeDescendants, fast)],
            treeDescendants);
        LoadResult Load(int clients, double perSecond) => new("http://127.0.0.1:1", clients, 20, 1000, perSecond, clients == 64 ? errors : 0, [],
            [new PageFigures("document", 1000, perSecond, 5, 20, 30)], 100, 100, 100, 100, []);
        var http = new HttpFigures(100, 110, [new HttpPhase("all pages", Load(1, 2000)), new HttpPhase("all pages", Load(64, 2000)), new HttpPhase("document page alone", Load(64, 2000))]);
        return new SizeResult(reports, 50, 1,
            new ExtractionFigures(reports, 50, 200, 120, 400, 300, 1000, stats),
            new IngestFigures(ingestSeconds, 50 / ingestSeconds, 300, 100, 100, 100),
            new ReferenceIndexes(100, 1, 50 / ingestSeconds, 1, "fts"),
            new SearchFigures(rows, fast, null),
            nav, http);
    }
}
