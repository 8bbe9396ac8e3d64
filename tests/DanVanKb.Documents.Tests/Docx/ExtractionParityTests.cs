using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A report written once, saved as plain text and as a Word document (real footnotes and endnotes,
/// a header and a signature laid out in tables, an appendix table): extracting either gives the same
/// documents, relations and evidence, at the same lines.</summary>
public class ExtractionParityTests
{
    internal static readonly ReportPart[] Report =
    [
        new LayoutGrid(
            [["ĐẢNG BỘ TỈNH TUYÊN QUANG", "HUYỆN ỦY HÀM YÊN", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]],
            [["Số 215-BC/HU"], ["Hàm Yên, ngày 20 tháng 9 năm 2023"]]),
        new Para("BÁO CÁO"),
        new Para("tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        new Para("Thực hiện Kế hoạch số 168-KH/TU ngày 10/4/2023 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, Ban Thường vụ Huyện ủy Hàm Yên báo cáo như sau:"),
        new Para("I. KẾT QUẢ THỰC HIỆN"),
        new Para(
            new Words("Ngay sau Hội nghị Trung ương 7, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện Nghị quyết số 25-NQ/TW"),
            new FootnoteRef("Kế hoạch được bổ sung năm 2016 theo Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư."),
            new Words("; các đảng ủy cơ sở đã xây dựng 18 kế hoạch thực hiện Kế hoạch số 45-KH/HU"),
            new FootnoteRef("Tiêu biểu: Kế hoạch số 12-KH/ĐU ngày 10/10/2013 của Đảng ủy xã Thái Sơn; Kế hoạch số 15-KH/ĐU ngày 15/10/2013 của Đảng ủy xã Phù Lưu."),
            new Words(" phù hợp với tình hình địa phương.")),
        new Para(
            new Words("Khi Ban Bí thư ban hành Kết luận số 43-KL/TW ngày 07/01/2019, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 20/3/2019 về tiếp tục thực hiện Nghị quyết số 25-NQ/TW"),
            new EndnoteRef("Kế hoạch số 112-KH/HU ngày 20/3/2019 thay thế Kế hoạch số 45-KH/HU ngày 05/9/2013."),
            new Words(".")),
        new Para("Ủy ban nhân dân huyện ban hành Kế hoạch số 98/KH-UBND ngày 15/12/2021 triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."),
        new Para("Trên đây là báo cáo của Ban Thường vụ Huyện ủy Hàm Yên."),
        new LayoutGrid([["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy,", "- Lưu Văn phòng Huyện ủy."], ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"]]),
        new Para("PHỤ LỤC"),
        new Para("VĂN BẢN CỤ THỂ HÓA NGHỊ QUYẾT SỐ 25 CỦA HUYỆN"),
        new DataTable(
            ["TT", "Văn bản", "Số, ngày", "Nội dung", "Cơ quan ban hành"],
            ["1", "Kế hoạch", "45-KH/HU ngày 05/9/2013", "Thực hiện Nghị quyết số 25-NQ/TW", "BTV Huyện ủy"],
            ["2", "Hướng dẫn", "03-HD/BDVHU ngày 12/10/2013", "Hướng dẫn thực hiện Kế hoạch số 45-KH/HU", "Ban Dân vận Huyện ủy"],
            ["3", "Kế hoạch", "98/KH-UBND ngày 15/12/2021", "Triển khai thực hiện Chỉ thị 33/CT-TTg", "UBND huyện"]),
    ];

    [Fact]
    public void A_docx_report_yields_what_its_plain_text_yields()
    {
        var plain = Extractor.Extract(PlainText.Of(Report));
        var decoded = ReportFileReader.Read("bao-cao.docx", WordFile.Of(Report));
        Assert.True(decoded.Ok, decoded.Refusal);
        Assert.Equal("docx", decoded.Encoding);
        var word = Extractor.Extract(decoded.Text!);

        Assert.Equal(Own(plain), Own(word));
        Assert.Equal(Documents(plain), Documents(word));
        Assert.Equal(Relations(plain), Relations(word));

        // what makes the comparison worth making: the header, the signature, the notes and the table were read
        Assert.Equal(("215-BC/HU", "2023-09-20", "Nguyễn Văn An"), (word.Report.Symbol?.Canonical, word.Report.Date?.ToIso(), word.Report.Signer));
        Assert.Contains("Ban Dân vận", Document(word, "03-HD/BDVHU").Issuer?.Name, StringComparison.Ordinal);
        var relations = Relations(word);
        Assert.Contains(relations, r => r is { From: "12-KH/ĐU", Type: RelationType.Implements, To: "45-KH/HU" });
        Assert.Contains(relations, r => r is { From: "03-HD/BDVHU", To: "45-KH/HU" });
        Assert.Contains(relations, r => r.From == "112-KH/HU" && r.To == "25-NQ/TW");
    }

    private static CitedDocument Document(ExtractionResult r, string symbol) => r.Documents.Single(d => d.Symbol?.Canonical == symbol);

    private static object Own(ExtractionResult r) =>
        (r.Report.Type, r.Report.Symbol?.Canonical, r.Report.Date?.ToIso(), r.Report.Place, r.Report.Issuer?.Name, r.Report.Title, r.Report.Signer, r.Report.SignatureRole);

    private static List<string> Documents(ExtractionResult r) =>
        [.. r.Documents.Select(d => $"{d.Type} | {d.Symbol?.Canonical} | {d.Date?.ToIso()} | {d.Issuer?.Name} | {d.Issuer?.Level} | {d.Title} | {d.Mentions.Count}").Order(StringComparer.Ordinal)];

    private static List<(string From, RelationType Type, string To, string Evidence, int Line)> Relations(ExtractionResult r)
    {
        string Key(string id) => r.Documents.Single(d => d.LocalId == id) is { } d ? d.Symbol?.Canonical ?? d.LocalId : id;
        return [.. r.Relations.Select(x => (Key(x.From), x.Type, Key(x.To), x.Evidence, x.Span.Line)).Order()];
    }
}
