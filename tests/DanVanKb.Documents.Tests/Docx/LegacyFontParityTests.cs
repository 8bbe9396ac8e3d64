using DanVanKb.Core.Extraction;
using DanVanKb.Core.Text.Legacy;
using DanVanKb.Documents.Docx;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>Runs set in legacy Vietnamese fonts (TCVN3 .VnTime/.VnTimeH, VNI-Times), the font set by a
/// paragraph style, a character style or the run itself, even split across runs, read as Unicode: the
/// report yields what its Unicode text yields.</summary>
public class LegacyFontParityTests
{
    private const string Unicode = "Times New Roman";

    private static readonly ReportPart[] Report =
    [
        new Para("Trên đây là báo cáo của Huyện ủy Hàm Yên."),
        new Para([new Words("PHẦN I. KẾT QUẢ THỰC HIỆN ", Font: Unicode), Legacy("NGHỊ QUYẾT", ".VnTimeH", characterStyle: "VnHeading")], "VnBody"),
        new Para(
            [
                new Words("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện ", Font: Unicode),
                Legacy("Nghị quyết", ".VnTime"),
                new Words(" số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.", Font: Unicode),
            ], "VnBody"),
        new Para([new Words("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU ngày 20/3/2019 về tiếp tục thực hiện ", Font: Unicode), .. SplitLegacy("Nghị quyết", "VNI-Times"), new Words(" số 25-NQ/TW.", Font: Unicode)]),
    ];

    /// <summary>Text as a run in the legacy font stores it; the font is the run's own unless a style gives it.</summary>
    private static Words Legacy(string text, string font, string? characterStyle = null) =>
        new(text, LegacyFontText.Encode(font, text), characterStyle is null && font != ".VnTime" ? font : null, characterStyle);

    /// <summary>One word in two runs of the same font, cut between a letter and its tone mark (VNI stores
    /// "ế" as "e" and a mark): the runs are converted together.</summary>
    private static Words[] SplitLegacy(string text, string font)
    {
        var written = LegacyFontText.Encode(font, text)!;
        var cut = written.IndexOf('e', StringComparison.Ordinal) + 1;
        Assert.True(cut > 0 && cut < written.Length && LegacyFontText.Convert(font, written[..cut]) is { } head && text.StartsWith(head[..^1], StringComparison.Ordinal), written);
        var unicodeCut = text.IndexOf('ế', StringComparison.Ordinal);
        return [new(text[..unicodeCut], written[..cut], font), new(text[unicodeCut..], written[cut..], font)];
    }

    [Fact]
    public void A_report_with_legacy_font_runs_yields_what_its_unicode_text_yields()
    {
        var plainText = PlainText.Of(Report);
        var docx = WordFile.Of(Report, StyleSheetTests.LegacyStyles);
        var read = DocxReportReader.Read(docx);
        Assert.Equal(plainText, read.Text);
        Assert.Equal([".VnTime", ".VnTimeH", "VNI-Times"], read.LegacyFonts);
        Assert.StartsWith("docx (legacy fonts converted: ", ReportFileReader.Read("bao-cao.docx", docx).Encoding, StringComparison.Ordinal);

        var plain = Extractor.Extract(plainText);
        var word = Extractor.Extract(read.Text);
        Assert.Equal(plain.Documents.Select(d => $"{d.Symbol?.Canonical} {d.Date?.ToIso()} {d.Title}"), word.Documents.Select(d => $"{d.Symbol?.Canonical} {d.Date?.ToIso()} {d.Title}"));
        Assert.Equal(plain.Relations.Select(r => (r.Type, r.Evidence, r.Span.Line)), word.Relations.Select(r => (r.Type, r.Evidence, r.Span.Line)));
        Assert.Equal(2, word.Relations.Count(r => r.Evidence.Contains("Nghị quyết số 25-NQ/TW", StringComparison.Ordinal)));
    }
}
