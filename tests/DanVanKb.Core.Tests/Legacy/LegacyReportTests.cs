using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

/// <summary>A report written in a legacy charset reads as the same text and yields the same citations as
/// its UTF-8 original.</summary>
public class LegacyReportTests
{
    // no word here starts with a toned capital, which TCVN3 plain text cannot hold (see below)
    private const string Report = """
        ĐẢNG BỘ TỈNH NGHỆ AN
        HUYỆN ỦY NAM ĐÀN
        Số 125-BC/HU

        Nam Đàn, ngày 15 tháng 6 năm 2023

        BÁO CÁO
        tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI

        Thực hiện Chương trình hành động số 18-CTr/TU ngày 12/8/2013 của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 về triển khai thực hiện Nghị quyết số 25. Quy chế số 22-QĐ/TU ngày 30/12/2021 (nay là Quy chế số 09-QC/TU ngày 22/8/2022) được quán triệt, triển khai thực hiện đến các chi bộ.

        Ngày 17/02/2022, UBND huyện ban hành Kế hoạch số 35/KH-UBND về thực hiện Chỉ thị số 33/CT-TTg, ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận; phong trào thi đua “Dân vận khéo” được triển khai sâu rộng.

        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Văn An
        """;

    [Theory]
    [MemberData(nameof(LegacyEncodings.All), MemberType = typeof(LegacyEncodings))]
    public void A_report_in_a_legacy_charset_reads_as_its_utf8_original(LegacyCharset charset)
    {
        var decoded = ReportDecoder.Decode(LegacyEncodings.Encode(charset, Report));
        Assert.True(decoded.Ok, decoded.Refusal);
        Assert.StartsWith(LegacyDetection.NameOf(charset) + " (detected: 100% of ", decoded.Encoding);
        Assert.Equal(Report, decoded.Text);
        Assert.Equal(Citations(Extractor.Extract(Report), titles: true), Citations(Extractor.Extract(decoded.Text!), titles: true));
        Assert.Contains("25-NQ/TW", Citations(Extractor.Extract(decoded.Text!), titles: false));
    }

    /// <summary>The bundled sample reports, whole: VNI and Windows-1258 hold every letter; TCVN3 plain text
    /// cannot hold a toned capital that starts a word in ordinary case ("Ủy ban" comes back "ủy ban"), so
    /// there the text matches but for case and the citations match but for titles.</summary>
    [Theory]
    [MemberData(nameof(LegacyEncodings.All), MemberType = typeof(LegacyEncodings))]
    public void The_sample_reports_in_a_legacy_charset_yield_the_citations_of_their_utf8_originals(LegacyCharset charset)
    {
        Assert.NotEmpty(SampleReports.Files);
        foreach (var file in SampleReports.Files)
        {
            var original = SampleReports.Encodable(File.ReadAllText(file, Encoding.UTF8)).Normalize(NormalizationForm.FormC);
            var decoded = ReportDecoder.Decode(LegacyEncodings.Encode(charset, original));
            Assert.True(decoded.Ok, $"{Path.GetFileName(file)}: {decoded.Refusal}");
            Assert.StartsWith(LegacyDetection.NameOf(charset) + " (detected: ", decoded.Encoding);
            var exact = charset != LegacyCharset.Tcvn3;
            if (exact) Assert.Equal(original, decoded.Text);
            else Assert.Equal(original.ToLowerInvariant(), decoded.Text!.ToLowerInvariant());
            var expected = Citations(Extractor.Extract(original), titles: exact);
            Assert.Equal(expected, Citations(Extractor.Extract(decoded.Text!), titles: exact));
            Assert.True(expected.Split('\n').Length > 10, $"{Path.GetFileName(file)} yields too little to compare");
        }
    }

    private static string Citations(ExtractionResult r, bool titles) => string.Join('\n',
        r.Documents.Select(d => $"{d.LocalId} {d.Type} {d.Symbol} {d.Date?.ToIso()} {d.Issuer?.Name} {d.Issuer?.Level} {d.Issuer?.Locality}{(titles ? " | " + d.Title : "")}")
            .Concat(r.Relations.Select(x => $"{x.From} {x.Type} {x.To}"))
            .Append($"{r.Report.Symbol} {r.Report.Date?.ToIso()}"));
}
