using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Composes_decomposed_accents_and_maps_back_to_the_original_offsets()
    {
        var nfd = "Nghi\u0323 quyê\u0301t"; // "Nghị quyết" typed decomposed
        var t = TextNormalizer.Normalize(nfd);
        Assert.Equal("Nghị quyết", t.Text);
        Assert.Equal(0, t.ToSource(0));
        Assert.Equal(5, t.ToSource(4)); // the space after "Nghị", which is 5 characters decomposed
        Assert.Equal(nfd.Length, t.ToSource(t.Length));
    }

    [Theory]
    [InlineData("Ðảng ủy", "Đảng ủy")]
    [InlineData("ðảng", "đảng")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    public void Cleans_characters_that_converters_leave_behind(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw).Text);
}
