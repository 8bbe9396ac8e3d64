using DanVanKb.Cli;

namespace DanVanKb.Bench.Tests.Measuring;

public sealed class IngestFiguresTests
{
    private const string Plan = "Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.";

    [Fact]
    public void Reads_every_stage_and_the_bound_from_what_the_real_cli_prints()
    {
        using var tmp = new TempFolder();
        var input = Directory.CreateDirectory(Path.Combine(tmp.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.txt"), Plan);
        using var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(["ingest", input, "--data", Path.Combine(tmp.Path, "data")], stdout, TextWriter.Null));

        var figures = IngestFigures.Parse(stdout.ToString(), seconds: 2, megabytes: 1, peakRssMb: 100);

        Assert.Equal(IngestFigures.StageNames, figures.Stages.Keys);
        Assert.All(figures.Stages.Values, s => Assert.True(s >= 0));
        Assert.Contains(figures.Bound, new[] { "extraction", "SQLite writes", "graph rebuild", "index build" });
        Assert.Equal(3, figures.Documents); // the report itself, the plan and the programme
        Assert.Equal(1, figures.Relations);
        Assert.Equal(0.5, figures.Mbps);
        Assert.False(figures.IndexUpdated); // a first ingest builds the index

        File.WriteAllText(Path.Combine(input, "b.txt"), "Kế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã về thực hiện Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng.");
        using var again = new StringWriter();
        Assert.Equal(0, CliApp.Run(["ingest", input, "--data", Path.Combine(tmp.Path, "data")], again, TextWriter.Null));
        Assert.True(IngestFigures.Parse(again.ToString(), seconds: 1, megabytes: 1, peakRssMb: 100).IndexUpdated);
    }

    [Fact]
    public void A_summary_without_stages_leaves_them_empty()
    {
        var figures = IngestFigures.Parse("  documents:  3\n  relations:  1\n", seconds: 1, megabytes: 1, peakRssMb: 50);

        Assert.Empty(figures.Stages);
        Assert.Null(figures.Bound);
        Assert.Equal(3, figures.Documents);
    }
}
