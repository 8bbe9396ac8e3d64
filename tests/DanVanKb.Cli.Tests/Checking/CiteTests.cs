namespace DanVanKb.Cli.Tests.Checking;

public class CiteTests
{
    [Fact]
    public void Cites_a_party_and_a_state_document_in_their_official_styles_with_the_evidence()
    {
        var dir = Directory.CreateTempSubdirectory("danvankb-cite-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận.");
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "Thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013 của Ban Chấp hành Trung ương.");
            var data = Path.Combine(dir.FullName, "kb");
            Assert.Equal(0, CliRun.Of("ingest", dir.FullName, "--data", data).Exit);

            var party = CliRun.Of("cite", "25-NQ/TW", "--data", data);
            Assert.StartsWith("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới", party.Out);
            Assert.Contains("short form: Nghị quyết số 25-NQ/TW", party.Out);
            Assert.Contains("còn ghi: 06/3/2013 (1 lần)", party.Out);

            var state = CliRun.Of("cite", "33/CT-TTg", "--data", data);
            Assert.StartsWith("Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tiếp tục tăng cường", state.Out);
            Assert.Contains("1 báo cáo trích dẫn", state.Out);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
