using System.Text;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class OriginalKindTests
{
    [Theory]
    [InlineData("utf-8", OriginalKind.Utf8)]
    [InlineData("utf-8 (BOM)", OriginalKind.Utf8)]
    [InlineData("utf-16le (BOM)", OriginalKind.Utf16)]
    [InlineData("utf-16be (no BOM; detected by its zero bytes)", OriginalKind.Utf16)]
    [InlineData("tcvn3", OriginalKind.EightBit)]
    [InlineData("VNI-Windows (converted)", OriginalKind.EightBit)]
    public void The_recorded_encoding_tells_how_the_text_came_from_a_text_file(string encoding, OriginalKind kind) =>
        Assert.Equal(kind, OriginalKinds.Of(encoding, "Nghị quyết"u8));

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D })]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1 })]
    public void A_container_is_a_document_whatever_the_label(byte[] head)
    {
        Assert.Equal(OriginalKind.Document, OriginalKinds.Of("utf-8", head));
        Assert.True(OriginalKind.Document.Converted());
        Assert.False(OriginalKind.Utf8.Converted());
    }

    [Fact]
    public void Windows_1252_reads_the_high_bytes_as_its_own_letters_and_the_undefined_ones_as_replacement()
    {
        var bytes = new byte[] { 0x41, 0x80, 0x81, 0x8A, 0x9F, 0xA7, 0xE8, 0xFF };
        Assert.Equal("A€\uFFFDŠŸ§èÿ", Windows1252.Decode(bytes));
    }

    [Fact]
    public void Windows_1252_agrees_with_latin1_outside_0x80_to_0x9f()
    {
        var bytes = Enumerable.Range(0, 256).Where(b => b is < 0x80 or > 0x9F).Select(b => (byte)b).ToArray();
        Assert.Equal(Encoding.Latin1.GetString(bytes), Windows1252.Decode(bytes));
    }
}
