using DanVanKb.Storage.Writing;

namespace DanVanKb.Storage.Tests.Writing;

public class IngestStagesTests
{
    [Fact]
    public void The_index_build_bounds_a_run_that_spent_longest_on_it()
    {
        var stages = new IngestStages(ReadAndDecode: 1.5, Extract: 33, Write: 8.2, WaitedForExtraction: 8.9, Graph: 5.1, Index: 22.1, Wall: 46);
        Assert.Equal("index build", stages.Bound);
    }

    [Fact]
    public void Extraction_bounds_a_run_whose_writer_waited_longest_for_it()
    {
        var stages = new IngestStages(ReadAndDecode: 1, Extract: 60, Write: 5, WaitedForExtraction: 25, Graph: 2, Index: 10, Wall: 42);
        Assert.Equal("extraction", stages.Bound);
        Assert.EndsWith("42.0 s in all; bound: extraction", stages.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingest_reports_its_stages_with_the_cpu_of_extraction_counted()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/a.txt", "Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.");
        var summary = KbIngestor.Ingest(new KbPaths(Path.Combine(tmp.Path, "data")), [Path.Combine(tmp.Path, "in")]);

        var stages = Assert.IsType<IngestStages>(summary.Stages);
        Assert.True(stages.Extract > 0);
        Assert.True(stages.Write > 0);
        Assert.True(stages.Wall >= stages.Write + stages.Graph);
        Assert.Equal(0, stages.Index); // the caller that builds the index adds it
    }
}
