using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Citation forms of other provinces' writing habits, read whole.</summary>
public class CitationFormTests
{
    [Theory]
    [InlineData("Thực hiện Kế hoạch kiểm tra số 12-KH/UBKTHU ngày 05/3/2022 của Ủy ban Kiểm tra Huyện ủy.", "12-KH/UBKTHU", "Kế hoạch", "2022-03-05")]
    [InlineData("Theo Thông báo kết luận số 160-TB/TW ngày 15/01/2020 của Bộ Chính trị.", "160-TB/TW", "Thông báo", "2020-01-15")]
    [InlineData("Quán triệt Nghị quyết chuyên đề số 05-NQ/HU ngày 20/7/2021 của Ban Chấp hành Đảng bộ huyện.", "05-NQ/HU", "Nghị quyết", "2021-07-20")]
    [InlineData("Triển khai Nghị quyết 25-NQ/TW (ngày 03/6/2013) của Trung ương.", "25-NQ/TW", "Nghị quyết", "2013-06-03")]
    [InlineData("Thực hiện Nghị quyết liên tịch số 01/2023/NQLT-CP-ĐCTUBTƯMTTQVN ngày 15/02/2023.", "01/2023/NQLT-CP-ĐCTUBTƯMTTQVN", "Nghị quyết", "2023-02-15")]
    [InlineData("Căn cứ Chỉ thị số 05 - CT/TW, ngày 15 tháng 5 năm 2016 của Bộ Chính trị.", "05-CT/TW", "Chỉ thị", "2016-05-15")]
    public void Reads_the_type_symbol_and_date_of_a_citation(string text, string symbol, string type, string date)
    {
        var d = Assert.Single(Extractor.Extract(text).Documents, x => !x.IsOwn);
        Assert.Equal(symbol, d.Symbol?.Canonical);
        Assert.Equal(type, d.Type);
        Assert.Equal(date, d.Date?.ToIso());
    }
}
