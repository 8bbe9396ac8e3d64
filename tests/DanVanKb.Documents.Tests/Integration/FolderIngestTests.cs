using System.Text;

using DanVanKb.Documents.Tests.Docx;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanKb.Documents.Tests.Integration;

/// <summary>A folder holding a Word report and a plain-text one, ingested by the real ingestor into a real
/// SQLite knowledge base: the Word report's citations, relations and evidence lines are in the graph.</summary>
public sealed class FolderIngestTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("danvankb-docx-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void A_folder_with_a_docx_and_a_txt_puts_both_reports_citations_in_the_graph()
    {
        var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "bao-cao")).FullName;
        File.WriteAllBytes(Path.Combine(input, "ham-yen.docx"), WordFile.Of(ExtractionParityTests.Report));
        File.WriteAllText(Path.Combine(input, "nam-dan.txt"),
            "Trên đây là báo cáo của Huyện ủy Nam Đàn.\nKế hoạch số 77-KH/HU ngày 05/9/2013 của Huyện ủy Nam Đàn về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.\n",
            new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(input, "bang-tinh.docx"), Workbook());

        var kb = new KbPaths(Path.Combine(dir.FullName, "data"));
        var summary = KbIngestor.Ingest(kb, [input]);

        var refused = Assert.Single(summary.Refused);
        Assert.Equal(("bang-tinh.docx", FileRefusals.Excel), (Path.GetFileName(refused.File), refused.Reason));
        Assert.Equal(2, summary.Added);

        using var reader = new KbReader(kb);
        var docx = reader.Sources().Single(s => s.File.EndsWith("ham-yen.docx", StringComparison.Ordinal));
        Assert.Equal("docx", docx.Encoding);

        // the footnote's plans, the appendix table's issuer, the endnote-era plan: all from the Word file
        var commune = Assert.Single(reader.FindBySymbol("12-KH/ĐU"));
        var plan = Assert.Single(reader.FindBySymbol("45-KH/HU"));
        Assert.Equal("2013-09-05", plan.Date);
        Assert.Contains(reader.RelationsFrom(commune.Id), r => r.To == plan.Id && r.Type == "implements" && r.Source == docx.Id);
        Assert.Contains("Ban Dân vận", Assert.Single(reader.FindBySymbol("03-HD/BDVHU")).Issuer, StringComparison.Ordinal);

        // evidence points at the line of the stored text that says it
        var resolution = Assert.Single(reader.FindBySymbol("25-NQ/TW"));
        var implements = reader.RelationsFrom(plan.Id).First(r => r.To == resolution.Id && r.Source == docx.Id);
        using var content = new KbContentReader(kb);
        var line = content.Source(docx.Id)!.Text.Split('\n')[implements.Line - 1];
        Assert.Contains("Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện Nghị quyết số 25-NQ/TW", line, StringComparison.Ordinal);

        // the plain-text report went in beside it, into the same document
        var other = Assert.Single(reader.FindBySymbol("77-KH/HU"));
        Assert.Contains(reader.RelationsFrom(other.Id), r => r.To == resolution.Id);

        var again = KbIngestor.Ingest(kb, [input]);
        Assert.Equal((0, 0, 2), (again.Added, again.Changed, again.Unchanged));
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            workbook.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        return stream.ToArray();
    }
}
