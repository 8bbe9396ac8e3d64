using System.Text;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class ReportDecoderTests
{
    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var body = "Nghị quyết số 25-NQ/TW";
        Assert.Equal(body, ReportDecoder.Decode(Encoding.UTF8.GetBytes(body)).Text);
        Assert.Equal(body, ReportDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)]).Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Reads_utf16_with_a_bom(string name)
    {
        var enc = name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var decoded = ReportDecoder.Decode([.. enc.GetPreamble(), .. enc.GetBytes("Kết luận 43-KL/TW")]);
        Assert.True(decoded.Ok);
        Assert.Equal("Kết luận 43-KL/TW", decoded.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Detects_utf16_without_a_bom_by_its_zero_bytes(string name)
    {
        var enc = name == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var decoded = ReportDecoder.Decode(enc.GetBytes("Kế hoạch số 35/KH-UBND ngày 17/02/2022 của UBND huyện."));
        Assert.Equal("Kế hoạch số 35/KH-UBND ngày 17/02/2022 của UBND huyện.", decoded.Text);
        Assert.Contains("no BOM", decoded.Encoding);
    }

    [Fact]
    public void Refuses_empty_whitespace_binary_zip_and_unreadable_8bit_files_with_a_reason()
    {
        Assert.Contains("empty", ReportDecoder.Decode([]).Refusal);
        Assert.Contains("whitespace", ReportDecoder.Decode("  \n\t "u8).Refusal);
        Assert.Contains("binary", ReportDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Refusal);
        Assert.Contains("ZIP", ReportDecoder.Decode([.. "PK\u0003\u0004"u8, 1, 2, 3]).Refusal);
        var western = ReportDecoder.Decode(Encoding.Latin1.GetBytes("The committee's résumé was naïve."));
        Assert.StartsWith("not valid UTF-8 text (invalid byte at offset 17), and it does not read as Vietnamese in TCVN3, VNI or Windows-1258", western.Refusal);
    }

    [Theory]
    [InlineData(new byte[] { 0x4E, 0x67, 0x68, 0xDE, 0x20, 0x71, 0x75, 0x79, 0xD5, 0x74 }, "tcvn3")]
    [InlineData(new byte[] { 0x4E, 0x67, 0x68, 0xF2, 0x20, 0x71, 0x75, 0x79, 0x65, 0xE1, 0x74 }, "vni")]
    [InlineData(new byte[] { 0x4E, 0x67, 0x68, 0x69, 0xF2, 0x20, 0x71, 0x75, 0x79, 0xEA, 0xEC, 0x74 }, "windows-1258")]
    public void Reads_legacy_vietnamese_8bit_files_and_says_which_charset_and_why(byte[] bytes, string charset)
    {
        var decoded = ReportDecoder.Decode(bytes);
        Assert.Equal("Nghị quyết", decoded.Text);
        Assert.Equal($"{charset} (detected: 100% of 2 accented words are Vietnamese syllables)", decoded.Encoding);
    }

    [Fact]
    public void Never_reinterprets_valid_utf8()
    {
        // even text that looks like TCVN3 or VNI shown in a Western font stays as written when it is UTF-8
        foreach (var text in new[] { "Nghị quyết số 25-NQ/TW của Ban Chấp hành", "NghÞ quyÕt cña Ban", "Nghò quyeát cuûa Ban" })
        {
            var decoded = ReportDecoder.Decode(Encoding.UTF8.GetBytes(text));
            Assert.Equal("utf-8", decoded.Encoding);
            Assert.Equal(text, decoded.Text);
        }
    }
}
