using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

public class ReportHeaderReaderTests
{
    [Fact]
    public void Reads_a_state_report_with_a_blank_number_and_a_partial_date()
    {
        var text = "Số: /BC-UBND\n\nHàm Yên, ngày    tháng 5 năm 2023\n\nBÁO CÁO\nKết quả thực hiện Chỉ thị số 33/CT-TTg\nngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ\n\nThực hiện Chỉ thị số 33/CT-TTg, UBND huyện Hàm Yên báo cáo như sau:\n\nTrên đây là báo cáo của UBND huyện Hàm Yên về kết quả thực hiện Chỉ thị số 33/CT-TTg./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n";
        var r = Extractor.Extract(text);
        Assert.Equal("Báo cáo", r.Report.Type);
        Assert.Null(r.Report.Symbol);
        Assert.Equal("/BC-UBND", r.Report.SymbolWritten);
        Assert.Equal("2023-05", r.Report.Date?.ToIso());
        Assert.Equal("Hàm Yên", r.Report.Place);
        Assert.Equal("Ủy ban nhân dân huyện Hàm Yên", r.Report.Issuer?.Name);
        Assert.Equal(Level.District, r.Report.Issuer?.Level);
        Assert.Equal("Nguyễn Văn An", r.Report.Signer);
        Assert.StartsWith("Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021", r.Report.Title);
        var directive = r.Documents.Single(d => d.Symbol?.Canonical == "33/CT-TTg");
        Assert.Contains(r.Relations, x => x.From == CitedDocument.OwnId && x.To == directive.LocalId && x.Type == RelationType.Reviews);
    }

    [Fact]
    public void Reads_the_issuing_body_block_of_a_party_report()
    {
        var text = "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 125-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNam Đàn, ngày 15 tháng 6 năm 2023\n\nBÁO CÁO\nsơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư\n\nNội dung báo cáo.";
        var r = Extractor.Extract(text);
        Assert.Equal("125-BC/HU", r.Report.Symbol?.Canonical);
        Assert.Equal("2023-06-15", r.Report.Date?.ToIso());
        Assert.Equal("Huyện ủy Nam Đàn", r.Report.Issuer?.Name);
        Assert.Equal("Nghệ An", r.Report.Context.Province);
        Assert.DoesNotContain(r.Documents, d => !d.IsOwn && d.Symbol?.Canonical == "125-BC/HU");
        var conclusion = r.Documents.Single(d => d.Symbol?.Canonical == "43-KL/TW");
        Assert.Contains(r.Relations, x => x.From == CitedDocument.OwnId && x.To == conclusion.LocalId && x.Type == RelationType.Reviews);
    }

    [Fact]
    public void Reads_the_signing_time_and_issuer_of_a_signed_directive()
    {
        var text = "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Lâm Đồng\n\nNội dung chỉ thị.\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nCơ quan: Tỉnh ủy Lâm Đồng\nThời gian ký: 09/02/2022 09:29:19\n\nTrần Văn Bình\n";
        var r = Extractor.Extract(text);
        Assert.Equal("Chỉ thị", r.Report.Type);
        Assert.Equal("2022-02-09", r.Report.Date?.ToIso());
        Assert.Equal("Ban Thường vụ Tỉnh ủy Lâm Đồng", r.Report.Issuer?.Name);
        Assert.Equal("về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Lâm Đồng", r.Report.Title);
        Assert.Equal("Trần Văn Bình", r.Report.Signer);
    }
}
