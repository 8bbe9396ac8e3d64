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

    [Theory]
    // the two columns of the header set side by side, or run together with one space
    [InlineData("ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   TỈNH BÌNH PHƯỚC                 Độc lập - Tự do - Hạnh phúc\n  Số:  926/QĐ-UBND                    Bình Phước, ngày 12 tháng 4 năm 2018\n\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\nCăn cứ Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ;\n", "926/QĐ-UBND", "2018-04-12", "Bình Phước")]
    [InlineData("ỦY BAN NHÂN DÂN\nXÃ CẨM HÀ\nSố:  441 /BC-UBND Cẩm Hà, ngày 15 tháng 12 năm 2022\nBÁO CÁO\nKết quả xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2022\n1. Kết quả\n", "441/BC-UBND", "2022-12-15", "Cẩm Hà")]
    public void Reads_number_and_place_date_from_a_header_flattened_into_one_line(string text, string symbol, string date, string place)
    {
        var r = Extractor.Extract(text);
        Assert.Equal(symbol, r.Report.Symbol?.Canonical);
        Assert.Equal(date, r.Report.Date?.ToIso());
        Assert.Equal(place, r.Report.Place);
        AssertNotCitedBeside(r, symbol);
    }

    [Fact]
    public void Reads_number_and_place_date_from_a_flattened_header_row_whose_rules_run_into_its_cells()
    {
        var text = "SỞ Y TẾ TỈNH LẠNG SƠN ------- Số: 1210/QĐ-SYT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Lạng Sơn, ngày 05 tháng 9 năm 2022 |\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống dịch bệnh\nCăn cứ Quyết định số 2686/QĐ-BYT ngày 31 tháng 5 năm 2021 của Bộ Y tế;\n";
        var r = Extractor.Extract(text);
        Assert.Equal("1210/QĐ-SYT", r.Report.Symbol?.Canonical);
        Assert.Equal("2022-09-05", r.Report.Date?.ToIso());
        AssertNotCitedBeside(r, "1210/QĐ-SYT");
    }

    [Fact]
    public void Does_not_read_a_number_from_a_cell_that_only_has_a_rule_before_a_figure()
    {
        var text = "SỞ Y TẾ TỈNH LẠNG SƠN ------- Số liệu: 1210 ca | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Lạng Sơn, ngày 05 tháng 9 năm 2022 |\nBÁO CÁO\nTình hình dịch bệnh\n";
        var r = Extractor.Extract(text);
        Assert.Null(r.Report.SymbolWritten);
        Assert.Equal("2022-09-05", r.Report.Date?.ToIso());
    }

    [Fact]
    public void Reads_the_own_number_type_and_date_from_a_portal_record_when_no_header_gives_them()
    {
        var text = "Căn cứ Hướng dẫn số 48/HD-MTTW-BTT ngày 19/5/2016 của Ủy ban Trung ương MTTQ Việt Nam về tiêu chí thi đua năm 2016;\nSố hiệu: 21/HD-MTTQ\nLoại văn bản: Hướng dẫn\nCơ quan ban hành: Ủy ban MTTQ Việt Nam tỉnh Lào Cai\nNgày ban hành: 25/08/2016\n";
        var r = Extractor.Extract(text);
        Assert.Equal("21/HD-MTTQ", r.Report.Symbol?.Canonical);
        Assert.Equal("Hướng dẫn", r.Report.Type);
        Assert.Equal("2016-08-25", r.Report.Date?.ToIso());
        AssertNotCitedBeside(r, "21/HD-MTTQ");
    }

    [Fact]
    public void A_number_field_with_no_type_or_date_beside_it_is_a_cited_document()
    {
        var text = "Các văn bản đã ban hành trong năm:\n| Số hiệu | 21/HD-MTTQ |\n| Trích yếu | Hướng dẫn thi đua năm 2016 |\n";
        var r = Extractor.Extract(text);
        Assert.Null(r.Report.SymbolWritten);
        Assert.Contains(r.Documents, d => d.Symbol?.Canonical == "21/HD-MTTQ" && d.LocalId != CitedDocument.OwnId);
    }

    [Fact]
    public void Does_not_split_a_line_whose_columns_are_not_a_number_and_a_place_date()
    {
        var text = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố liệu: 926 hộ    Bình Phước, ngày 12 tháng 4 năm 2018\n\nBÁO CÁO\nKết quả rà soát hộ nghèo\n";
        var r = Extractor.Extract(text);
        Assert.Null(r.Report.SymbolWritten);
    }

    [Theory]
    [InlineData("UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO")]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN")]
    public void Names_a_provincial_department_by_its_sector_and_province(string header)
    {
        var text = header + "\nSố: 1520/SGDĐT-KTKĐ\nNghệ An, ngày 10 tháng 4 năm 2025\nV/v tổ chức kỳ thi\n\nSở hướng dẫn như sau:\n";
        var r = Extractor.Extract(text);
        Assert.Equal("Sở Giáo dục và Đào tạo tỉnh Nghệ An", r.Report.Issuer?.Name);
        Assert.Equal(Level.Agency, r.Report.Issuer?.Level);
        Assert.Equal("Nghệ An", r.Report.Issuer?.Locality);
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

    [Fact]
    public void Reads_a_header_a_pdf_broke_into_fragments()
    {
        var text = string.Join("\n",
            "HỘI", "ĐỒNG NHÂN DÂN", "TỈNH THÁI NGUYÊN", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
            "Số:", "21/2022/NQ-HĐND", "|", "Thái", "Nguyên, ngày 28 tháng 10 năm 2022", "|",
            "NGHỊ QUYẾT", "BAN HÀNH QUY ĐỊNH MỘT SỐ NỘI DUNG, MỨC HỖ TRỢ TỪ NGUỒN VỐN SỰ NGHIỆP THỰC", "HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI",
            "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN", "KHÓA XIV, KỲ HỌP THỨ CHÍN",
            "Căn cứ Nghị định số 163/2016/NĐ-CP", "ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;");
        var r = Extractor.Extract(text);
        Assert.Equal("Nghị quyết", r.Report.Type);
        Assert.Equal("21/2022/NQ-HĐND", r.Report.Symbol?.Canonical);
        Assert.Equal("2022-10-28", r.Report.Date?.ToIso());
        Assert.Equal("Thái Nguyên", r.Report.Place);
        Assert.Equal("Hội đồng nhân dân tỉnh Thái Nguyên", r.Report.Issuer?.Name);
        Assert.Equal("BAN HÀNH QUY ĐỊNH MỘT SỐ NỘI DUNG, MỨC HỖ TRỢ TỪ NGUỒN VỐN SỰ NGHIỆP THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI", r.Report.Title);
        var decree = r.Documents.Single(d => d.Symbol?.Canonical == "163/2016/NĐ-CP");
        Assert.Equal("2016-12-21", decree.Date?.ToIso());
        Assert.Contains(r.Relations, x => x.From == CitedDocument.OwnId && x.To == decree.LocalId && x.Type == RelationType.BasedOn);
    }

    [Fact]
    public void A_title_in_the_type_lines_words_is_not_a_type_line_when_the_number_says_otherwise()
    {
        // the "NGHỊ QUYẾT" line is missing: "QUY ĐỊNH MỨC HỖ TRỢ …" is the resolution's title, not a Quy định
        var text = "HỘI ĐỒNG NHÂN DÂN |\nSố: 49/2020/NQ-HĐND |\nHà Giang, ngày 09 tháng 12 năm 2020 |\nQUY ĐỊNH MỨC HỖ TRỢ ĐÓNG BẢO HIỂM Y TẾ\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ GIANG\nCăn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008;";
        var r = Extractor.Extract(text);
        Assert.Equal("Nghị quyết", r.Report.Type);
        Assert.Equal("QUY ĐỊNH MỨC HỖ TRỢ ĐÓNG BẢO HIỂM Y TẾ", r.Report.Title);
        Assert.Equal("Hội đồng nhân dân tỉnh Hà Giang", r.Report.Issuer?.Name);
    }

    [Fact]
    public void A_plan_title_wraps_over_mixed_case_lines_until_the_body_opens()
    {
        var text = "ỦY BAN NHÂN DÂN XÃ BÌNH MINH |\nSố: /KH-UBND |\nBình Minh, ngày 26 tháng 4 năm 2024 |\nKẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023\nCủa Ban Thường vụ Tỉnh ủy về chuyển đổi số\nĐến năm 2025, định hướng đến năm 2030\nThực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Bình Sơn, UBND xã Bình Minh ban hành Kế hoạch triển khai thực hiện Nghị quyết với nội dung như sau:";
        var r = Extractor.Extract(text);
        Assert.Equal("Kế hoạch", r.Report.Type);
        Assert.Null(r.Report.Symbol);
        Assert.Equal("Triển khai thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 Của Ban Thường vụ Tỉnh ủy về chuyển đổi số Đến năm 2025, định hướng đến năm 2030", r.Report.Title);
        var resolution = r.Documents.Single(d => d.Symbol?.Canonical == "13-NQ/TU");
        var plan = r.Documents.Single(d => d.Symbol?.Canonical == "50/KH-UBND");
        Assert.Contains(r.Relations, x => x.From == CitedDocument.OwnId && x.To == resolution.LocalId && x.Type == RelationType.Implements);
        Assert.Contains(r.Relations, x => x.From == CitedDocument.OwnId && x.To == plan.LocalId && x.Type == RelationType.Implements);
    }

    [Fact]
    public void Reads_a_party_number_written_with_spaces_around_its_dash()
    {
        var text = "ĐẢNG ỦY KHỐI CƠ QUAN TỈNH\n*\nSố 14 - KH/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nTuyên Quang, ngày 09 tháng 3 năm 2021\nKẾ HOẠCH\nTổ chức học tập chuyên đề năm 2021\nThực hiện Kế hoạch số 21-KH/TU ngày 02/02/2021 của Ban Thường vụ Tỉnh ủy, Đảng ủy Khối xây dựng kế hoạch như sau:\n";
        var r = Extractor.Extract(text);
        Assert.Equal("14-KH/ĐUK", r.Report.Symbol?.Canonical);
        Assert.Equal("2021-03-09", r.Report.Date?.ToIso());
        AssertNotCitedBeside(r, "14-KH/ĐUK");
    }

    [Fact]
    public void A_bulletin_issue_with_a_dash_before_its_month_is_not_a_number_line()
    {
        var text = "BẢN TIN NỘI BỘ\nSố 12 - Tháng 5/2021\nTuyên Quang, ngày 09 tháng 5 năm 2021\nThực hiện Kế hoạch số 21-KH/TU ngày 02/02/2021 của Ban Thường vụ Tỉnh ủy.\n";
        var r = Extractor.Extract(text);
        Assert.Null(r.Report.SymbolWritten);
    }

    /// <summary>The text's own number is its own document, not also a document it cites.</summary>
    private static void AssertNotCitedBeside(ExtractionResult r, string symbol) =>
        Assert.DoesNotContain(r.Documents, d => d.Symbol?.Canonical == symbol && d.LocalId != CitedDocument.OwnId);
}
