using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>A report's file is named by its path relative to the folder that was ingested, never by an
/// absolute path of the server: in the store, the export and the ingest's own progress.</summary>
public class ReportFileNameTests
{
    private const string Report = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.";
    private const string Other = "Trên đây là báo cáo của Đảng ủy xã Hiệp An.\n\nKế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã về thực hiện Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng.";

    [Fact]
    public void A_report_in_a_folder_is_named_by_its_path_relative_to_that_folder()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/huyen/duc-trong.txt", Report);
        var progress = new List<IngestProgress>();
        var kb = new KbPaths(Path.Combine(tmp.Path, "kb"));

        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")], new Collect(progress));

        using var reader = new KbReader(kb);
        Assert.Equal("huyen/duc-trong.txt", reader.Sources().Single().File);
        Assert.Equal("huyen/duc-trong.txt", progress.Single().File);
        var export = Exported(reader);
        Assert.Contains("\"file\": \"huyen/duc-trong.txt\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain(tmp.Path, export, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_given_by_itself_is_named_by_its_name()
    {
        using var tmp = new TempFolder();
        var file = tmp.Write("in/huyen/duc-trong.txt", Report);
        var kb = new KbPaths(Path.Combine(tmp.Path, "kb"));

        KbIngestor.Ingest(kb, [file]);

        using var reader = new KbReader(kb);
        Assert.Equal("duc-trong.txt", reader.Sources().Single().File);
    }

    [Fact]
    public void A_knowledge_base_that_stored_absolute_paths_shows_file_names_and_the_next_ingest_stores_relative_ones()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        var file = tmp.Write("in/huyen/duc-trong.txt", Report);
        tmp.Write("in/xa/hiep-an.txt", Other);
        var kb = new KbPaths(Path.Combine(tmp.Path, "kb"));
        KbIngestor.Ingest(kb, [folder]);
        // what a build before relative names stored when given an absolute folder: the path as typed
        Execute(kb, "UPDATE sources SET file = path");

        using (var reader = new KbReader(kb))
        {
            Assert.Equal(["duc-trong.txt", "hiep-an.txt"], reader.Sources().Select(s => s.File).Order(StringComparer.Ordinal));
            Assert.DoesNotContain(tmp.Path, Exported(reader), StringComparison.Ordinal);
        }
        using (var content = new KbContentReader(kb))
            Assert.All(content.SourceTexts(), s => Assert.DoesNotContain(tmp.Path, s.File, StringComparison.Ordinal));

        var summary = KbIngestor.Ingest(kb, [folder]);

        Assert.Equal("2 unchanged", summary.Counts());
        using (var reader = new KbReader(kb))
        {
            Assert.Equal(["huyen/duc-trong.txt", "xa/hiep-an.txt"], reader.Sources().Select(s => s.File).Order(StringComparer.Ordinal));
            Assert.False(reader.GraphStale());
        }
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("/home/can-bo/corpus/05_ubnd.txt", "05_ubnd.txt")]
    [InlineData("C:\\Users\\can-bo\\corpus\\05_ubnd.txt", "05_ubnd.txt")]
    [InlineData("../shared/corpus/seeds/000.txt", "000.txt")]
    [InlineData("~/corpus/05_ubnd.txt", "05_ubnd.txt")]
    [InlineData("huyen\\05_ubnd.txt", "huyen/05_ubnd.txt")]
    [InlineData("./huyen/05_ubnd.txt", "huyen/05_ubnd.txt")]
    [InlineData("05_ubnd.txt", "05_ubnd.txt")]
    public void A_stored_name_is_shown_without_any_absolute_part(string stored, string shown) =>
        Assert.Equal(shown, ReportFileName.Shown(stored));

    [Fact]
    public void A_duplicate_is_refused_by_naming_the_other_report_relative_to_its_folder()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/a/duc-trong.txt", Report);
        tmp.Write("in/b/ban-sao.txt", Report);
        var kb = new KbPaths(Path.Combine(tmp.Path, "kb"));

        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal("b/ban-sao.txt", refused.File);
        Assert.Equal("same content as a/duc-trong.txt, already in the knowledge base", refused.Reason);
    }

    private sealed class Collect(List<IngestProgress> into) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => into.Add(value);
    }
}
