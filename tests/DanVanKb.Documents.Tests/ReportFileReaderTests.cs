using System.Text;

using DanVanKb.Documents.Tests.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanKb.Documents.Tests;

/// <summary>What a file is read as, or why it is refused: Word documents by their content (not their
/// name), plain text by the decoder, everything else refused with its reason.</summary>
public class ReportFileReaderTests
{
    private static readonly byte[] Docx = WordFile.Of([new Para("Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện Nghị quyết số 25-NQ/TW.")]);

    [Fact]
    public void Reads_a_docx_as_docx_whatever_its_name()
    {
        foreach (var name in new[] { "bao-cao.docx", "bao-cao.txt", "bao-cao" })
        {
            var decoded = ReportFileReader.Read(name, Docx);
            Assert.Equal(("Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện Nghị quyết số 25-NQ/TW.\n", "docx", null), (decoded.Text, decoded.Encoding, decoded.Refusal));
        }
    }

    [Fact]
    public void Hands_plain_text_to_the_decoder()
    {
        var decoded = ReportFileReader.Read("bao-cao.txt", Encoding.UTF8.GetBytes("Nghị quyết số 25-NQ/TW."));
        Assert.Equal(("Nghị quyết số 25-NQ/TW.", "utf-8"), (decoded.Text, decoded.Encoding));
        Assert.Contains("empty", ReportFileReader.Read("rong.txt", []).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_damaged_zip()
    {
        foreach (var bytes in new[] { Docx[..(Docx.Length / 2)], [.. "PK\u0003\u0004"u8, 20, 0, 0, 0, 8, 0], Corrupted(Docx) })
        {
            var refusal = ReportFileReader.Read("bao-cao.docx", bytes).Refusal;
            Assert.NotNull(refusal);
            Assert.True(refusal.StartsWith(FileRefusals.DamagedZip, StringComparison.Ordinal) || refusal.StartsWith(FileRefusals.DamagedWord, StringComparison.Ordinal), refusal);
        }
    }

    [Fact]
    public void Refuses_a_zip_that_is_not_a_word_document()
    {
        Assert.Equal(FileRefusals.NotWordZip, ReportFileReader.Read("bao-cao.zip", RawZip.Of(("bao-cao.txt", "Nghị quyết số 25-NQ/TW."))).Refusal);
        Assert.Equal(FileRefusals.OpenDocument, ReportFileReader.Read("bao-cao.odt", RawZip.Of(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>"))).Refusal);
    }

    [Fact]
    public void Refuses_an_excel_workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var part = workbook.AddWorkbookPart();
            part.Workbook = new Workbook(new Sheets());
        }
        Assert.Equal(FileRefusals.Excel, ReportFileReader.Read("bao-cao.xlsx", stream.ToArray()).Refusal);
    }

    [Fact]
    public void Refuses_a_word_document_with_no_text()
    {
        Assert.Equal(FileRefusals.EmptyWord, ReportFileReader.Read("rong.docx", WordFile.Of([])).Refusal);
        Assert.Equal(FileRefusals.EmptyWord, ReportFileReader.Read("rong.docx", WordFile.Of([new Para(" "), new DataTable(["", ""])])).Refusal);
    }

    [Fact]
    public void Refuses_old_binary_word_and_rtf_with_what_to_do()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0];
        Assert.Equal($"{FileRefusals.OldBinaryOffice}: open bao-cao.doc in Word and save it as .docx", ReportFileReader.Read("/x/bao-cao.doc", ole).Refusal);
        Assert.Equal(FileRefusals.Rtf, ReportFileReader.Read("bao-cao.rtf", "{\\rtf1\\ansi Ngh\\'ec quy\\'ea\\'ect}"u8.ToArray()).Refusal);
    }

    /// <summary>The compressed bytes of the document part overwritten in the middle.</summary>
    private static byte[] Corrupted(byte[] docx)
    {
        var bytes = (byte[])docx.Clone();
        var name = IndexOf(bytes, "word/document.xml"u8);
        var header = name - 30;
        var compressed = BitConverter.ToInt32(bytes, header + 18);
        var data = name + BitConverter.ToInt16(bytes, header + 26) + BitConverter.ToInt16(bytes, header + 28);
        for (var i = data + (compressed / 3); i < data + (compressed / 3) + 24; i++) bytes[i] ^= 0x5A;
        return bytes;
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> what) => bytes.AsSpan().IndexOf(what);
}
