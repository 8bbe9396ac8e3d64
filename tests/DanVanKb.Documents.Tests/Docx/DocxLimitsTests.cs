using DanVanKb.Documents.Docx;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A Word file cannot make the reader exhaust memory: too much text, a part that unpacks to far
/// more than a report (a ZIP bomb), even one whose ZIP headers understate it, is refused as too large.</summary>
public class DocxLimitsTests
{
    private const string Paragraph = "<w:p><w:r><w:t>Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI về công tác dân vận trong tình hình mới, các cấp ủy đảng quán triệt.</w:t></w:r></w:p>";

    [Fact]
    public void Text_past_the_limit_is_refused_as_too_large()
    {
        var docx = RawZip.Docx(w =>
        {
            for (var i = 0; i < 500; i++) w.Write(Paragraph);
        });
        Assert.Equal(500, DocxReportReader.Read(docx).Lines.Count);
        var e = Assert.Throws<UnreadableFileException>(() => DocxReportReader.Read(docx, DocxLimits.Default with { MaxTextChars = 20_000 }));
        Assert.StartsWith(FileRefusals.TooLarge, e.Message, StringComparison.Ordinal);
        Assert.Contains("more than 20,000 characters of text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_thousand_page_document_is_refused_at_the_default_limit()
    {
        var docx = RawZip.Docx(w =>
        {
            for (var page = 0; page < 10_000; page++)
            {
                for (var p = 0; p < 5; p++) w.Write(Paragraph);
                w.Write("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            }
        });
        var refusal = ReportFileReader.Read("10000-trang.docx", docx).Refusal;
        Assert.Equal($"{FileRefusals.TooLarge}: the Word document holds more than 8,000,000 characters of text (a report holds tens of thousands)", refusal);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var bomb = Bomb();
        Assert.True(bomb.Length < 1024 * 1024, $"{bomb.Length} bytes");
        var refusal = ReportFileReader.Read("bom.docx", bomb).Refusal;
        Assert.NotNull(refusal);
        Assert.StartsWith($"{FileRefusals.TooLarge}: word/document.xml unpacks to ", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_that_understates_its_size_is_still_stopped()
    {
        var bomb = Bomb();
        Understate(bomb, "word/document.xml"u8);
        var refusal = ReportFileReader.Read("bom.docx", bomb).Refusal;
        // the ZIP layer unpacks no more than the entry declares: the XML ends early and the file is refused
        Assert.NotNull(refusal);
        Assert.StartsWith(FileRefusals.DamagedWord, refusal, StringComparison.Ordinal);
    }

    /// <summary>One paragraph, 400 MB of characters in its one run: it compresses to almost nothing.</summary>
    private static byte[] Bomb() => RawZip.Docx(w =>
    {
        w.Write("<w:p><w:r><w:t>");
        var block = new string('a', 1 << 20);
        for (var i = 0; i < 400; i++) w.Write(block);
        w.Write("</w:t></w:r></w:p>");
    });

    /// <summary>Writes a small unpacked size for the entry into its local header and its central directory record.</summary>
    private static void Understate(byte[] zip, ReadOnlySpan<byte> name)
    {
        for (var at = 0; at + 46 < zip.Length; at++)
        {
            if (zip.AsSpan(at).StartsWith("PK\u0003\u0004"u8) && zip.AsSpan(at + 30).StartsWith(name)) BitConverter.TryWriteBytes(zip.AsSpan(at + 22, 4), 4096);
            if (zip.AsSpan(at).StartsWith("PK\u0001\u0002"u8) && zip.AsSpan(at + 46).StartsWith(name)) BitConverter.TryWriteBytes(zip.AsSpan(at + 24, 4), 4096);
        }
    }
}
