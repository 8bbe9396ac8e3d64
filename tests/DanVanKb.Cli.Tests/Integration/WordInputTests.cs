using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Cli.Tests.Integration;

/// <summary>extract and check take a .docx as they take a text file; an old binary .doc is refused by name
/// with what to do.</summary>
public sealed class WordInputTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("danvankb-cli-docx-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void Extract_reads_a_docx_and_refuses_an_old_doc_by_name()
    {
        var docx = Path.Combine(dir.FullName, "bao-cao.docx");
        File.WriteAllBytes(docx, Docx(
            "Trên đây là báo cáo của Huyện ủy Nam Đàn.",
            "Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương."));
        var extract = CliRun.Of("extract", docx);
        Assert.Equal(0, extract.Exit);
        Assert.Contains("45-KH/HU", extract.Out, StringComparison.Ordinal);
        Assert.Contains("25-NQ/TW", extract.Out, StringComparison.Ordinal);

        var doc = Path.Combine(dir.FullName, "cu.doc");
        File.WriteAllBytes(doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0]);
        var refused = CliRun.Of("extract", doc);
        Assert.Equal(ExitCodes.Error, refused.Exit);
        Assert.Contains($"{doc}: refused: an old binary Office file (.doc or .xls): open cu.doc in Word and save it as .docx", refused.Err, StringComparison.Ordinal);
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        return stream.ToArray();
    }
}
