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

    [Fact]
    public void Server_memory_is_judged_only_on_a_run_of_five_minutes_against_its_first_minute()
    {
        const string target = "HTTP server RSS, end of a 5-minute run vs after the first minute";
        var short20 = IssueTargets.Judge([Size(1_000)]).Single(v => v.Target == target);
        var levelled = IssueTargets.Judge([Size(1_000, serverRss: [[0, 300], [61, 500], [300, 590]])]).Single(v => v.Target == target);
        var climbing = IssueTargets.Judge([Size(1_000, serverRss: [[0, 300], [61, 500], [300, 700]])]).Single(v => v.Target == target);

        Assert.Equal(VerdictStatus.NotMeasured, short20.Status);
        Assert.Equal(VerdictStatus.Met, levelled.Status);
        Assert.Equal(VerdictStatus.Missed, climbing.Status);
        Assert.Equal("1.4×", climbing.Measured);
    }

    [Fact]
    public void Server_memory_is_judged_at_the_largest_size_where_the_long_run_is_made()
    {
        const string target = "HTTP server RSS, end of a 5-minute run vs after the first minute";
        var verdicts = IssueTargets.Judge([Size(1_000), Size(20_000, serverRss: [[0, 900], [60, 2000], [300, 2300]])]).Where(v => v.Target == target).ToList();

        var judged = Assert.Single(verdicts);
        Assert.Equal("20,000", judged.Size);
        Assert.Equal(VerdictStatus.Met, judged.Status);
        Assert.Equal("1.15×", judged.Measured);
    }

    [Fact]
    public void Extraction_is_judged_on_one_core_over_the_synthetic_corpus_and_over_real_texts()
    {
        var verdicts = IssueTargets.Judge([Size(1_000)], new RealTextRate(40, 1.2, 12.5));

        Assert.Equal(VerdictStatus.Met, verdicts.Single(v => v.Target == "extraction, one core (synthetic)").Status);
        var real = verdicts.Single(v => v.Target == "extraction, one core (real texts)");
        Assert.Equal(VerdictStatus.Missed, real.Status);
        Assert.Equal("12.5 MB/s", real.Measured);
        Assert.Equal(VerdictStatus.NotMeasured, IssueTargets.Judge([Size(1_000)]).Single(v => v.Target == "extraction, one core (real texts)").Status);
    }

    /// <summary>A size whose figures all meet the targets, but for what the test changes.</summary>
    private static SizeResult Size(int reports, Matches? prefix = null, double ingestSeconds = 10, int treeDescendants = 10_000, int errors = 0, double[][]? serverRss = null)
    {
        var stats = new CorpusStatistics("s", reports, 50, 50, 1.5, 0.3, 0.1, 0.8, 40, 0.2, 0.3, 0.1, 120, 140, 700, 2000);
        var fast = new Latency(100, 0.1, 0.5, 0.2, 0.6);
        var slow = new Latency(100, 50, 80, 55, 90);
        var rows = Enum.GetValues<QueryKind>().Select(k => new SearchRow(k, 5, "q", fast, slow, slow, k == QueryKind.Prefix && prefix is not null ? prefix : new Matches(10, 10, 10))).ToList();
        var nav = new NavigationFigures(
            [new NavigationRow("down", 10_000, "25-NQ/TW (central)", treeDescendants, fast), new NavigationRow("up", 10_000, "25-NQ/TW (central)", treeDescendants, fast)],
            treeDescendants);
        LoadResult Load(int clients, double perSecond) => new("http://127.0.0.1:1", clients, serverRss is null ? 20 : serverRss[^1][0], 1000, perSecond, clients == 64 ? errors : 0, [],
            [new PageFigures("document", 1000, perSecond, 5, 20, 30)], 100, 100, serverRss?[^1][1] ?? 100, 100, serverRss ?? []);
        var http = new HttpFigures(100, 110, [new HttpPhase("all pages", Load(1, 2000)), new HttpPhase("all pages", Load(64, 2000)), new HttpPhase("document page alone", Load(64, 2000))]);
        return new SizeResult(reports, 50, 1,
            new ExtractionFigures(reports, 50, 200, 120, 400, 300, 1000, stats),
            new IngestFigures(ingestSeconds, 50 / ingestSeconds, 300, 100, 100, 100),
            new ReferenceIndexes(100, 1, 50 / ingestSeconds, 1, "fts"),
            new SearchFigures(rows, fast, null),
            nav, http);
    }
}
