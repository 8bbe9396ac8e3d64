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
    public void Refuses_empty_whitespace_binary_zip_and_non_utf8_files_with_a_reason()
    {
        Assert.Contains("empty", ReportDecoder.Decode([]).Refusal);
        Assert.Contains("whitespace", ReportDecoder.Decode("  \n\t "u8).Refusal);
        Assert.Contains("binary", ReportDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).Refusal);
        Assert.Contains("ZIP", ReportDecoder.Decode([.. "PK\u0003\u0004"u8, 1, 2, 3]).Refusal);
        Assert.Contains("legacy 8-bit encoding", ReportDecoder.Decode([0x4E, 0x67, 0x68, 0xE9, 0x20, 0x71]).Refusal); // Windows-1258 bytes
    }
}
