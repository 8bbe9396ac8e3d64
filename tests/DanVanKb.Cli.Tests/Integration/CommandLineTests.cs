namespace DanVanKb.Cli.Tests.Integration;

public class CommandLineTests
{
    private const string Report = "Trên đây là báo cáo của Huyện ủy Nam Đàn về công tác dân vận ở tỉnh Nghệ An.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.";

    [Fact]
    public void Ingest_names_each_refused_file_and_exits_with_1_while_ingesting_the_rest()
    {
        var dir = Directory.CreateTempSubdirectory("danvankb-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "good.txt"), Report);
            File.WriteAllText(Path.Combine(dir.FullName, "blank.txt"), "   \n");
            var run = CliRun.Of("ingest", dir.FullName, Path.Combine(dir.FullName, "nope"), "--data", Path.Combine(dir.FullName, "kb"));
            Assert.Equal(ExitCodes.Partial, run.Exit);
            Assert.Contains("blank.txt: refused: the file holds only whitespace", run.Err);
            Assert.Contains("nope: refused: no such file or folder", run.Err);
            Assert.Contains("[1/2]", run.Err);
            Assert.Contains("1 added", run.Out);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Show_prints_the_canonical_citation_its_variants_and_what_acts_on_it()
    {
        var dir = Directory.CreateTempSubdirectory("danvankb-cli-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "r.txt"), Report);
            var data = Path.Combine(dir.FullName, "kb");
            Assert.Equal(0, CliRun.Of("ingest", Path.Combine(dir.FullName, "r.txt"), "--data", data).Exit);
            var show = CliRun.Of("show", "25-NQ/TW", "--data", data);
            Assert.Equal(0, show.Exit);
            Assert.StartsWith("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường", show.Out);
            Assert.Contains("Kế hoạch 45-KH/HU (2013) implements it", show.Out);
            var missing = CliRun.Of("show", "99-NQ/TW", "--data", data);
            Assert.Equal(ExitCodes.NotFound, missing.Exit);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Commands_on_a_missing_knowledge_base_say_how_to_build_one()
    {
        var run = CliRun.Of("export", "--data", Path.Combine(Path.GetTempPath(), "danvankb-none-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("run 'danvankb ingest", run.Err);
    }

    [Fact]
    public void The_bundled_sample_corpus_builds_a_hierarchy_from_the_centre_to_the_commune()
    {
        var data = Path.Combine(Path.GetTempPath(), "danvankb-corpus-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var ingest = CliRun.Of("ingest", RepoPaths.Corpus, "--data", data);
            Assert.Equal(0, ingest.Exit);
            var show = CliRun.Of("show", "18-CTr/TU", "--data", data);
            Assert.Contains("implements Nghị quyết 25-NQ/TW (2013)", show.Out);
            Assert.Contains("Kế hoạch 45-KH/HU (2013) implements it", show.Out);
            Assert.Contains("Kế hoạch 12-KH/ĐU (2013) implements it", CliRun.Of("show", "45-KH/HU", "--data", data).Out);
        }
        finally
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
