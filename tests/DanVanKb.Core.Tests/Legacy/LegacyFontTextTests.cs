using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class LegacyFontTextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Times New Roman")]
    [InlineData("Arial")]
    [InlineData("VnTime")]
    [InlineData("VNI")]
    [InlineData("Vnimation")]
    public void Returns_null_for_a_font_that_is_not_a_legacy_vietnamese_font(string? font)
    {
        Assert.Null(LegacyFontText.Convert(font, "NghÞ quyÕt"));
        Assert.Null(LegacyFontText.Encode(font, "Nghị quyết"));
    }

    [Theory]
    [InlineData(".VnTime", "NghÞ quyÕt sè 25", "Nghị quyết số 25")]
    [InlineData(".vntime", "NghÞ quyÕt sè 25", "Nghị quyết số 25")]
    [InlineData(".VnArial Narrow", "NghÞ quyÕt sè 25", "Nghị quyết số 25")]
    [InlineData(".VnTimeH", "nghÞ quyÕt sè 25", "NGHỊ QUYẾT SỐ 25")]
    [InlineData(".VnArial NarrowH", "nghÞ quyÕt sè 25", "NGHỊ QUYẾT SỐ 25")]
    [InlineData("VNI-Times", "Nghò quyeát soá 25", "Nghị quyết số 25")]
    [InlineData("vni-helve", "Nghò quyeát soá 25", "Nghị quyết số 25")]
    [InlineData(" VNI-Helve-Condense ", "NGHÒ QUYEÁT SOÁ 25", "NGHỊ QUYẾT SỐ 25")]
    public void Converts_runs_by_font_family_case_insensitively(string font, string run, string expected)
    {
        Assert.Equal(expected, LegacyFontText.Convert(font, run));
    }

    [Fact]
    public void Keeps_windows1252_punctuation_and_characters_no_byte_stands_for()
    {
        Assert.Equal("“Dân vận khéo” – € 5 ⁵ Nghị", LegacyFontText.Convert(".VnTime", "“D©n vËn khÐo” – € 5 ⁵ Nghị"));
        Assert.Equal("“Dân vận khéo” – € 5 ⁵ Nghị", LegacyFontText.Convert("VNI-Times", "“Daân vaän kheùo” – € 5 ⁵ Nghị"));
    }

    [Fact]
    public void Reads_the_soft_hyphen_of_a_vnTime_run_as_u_with_horn()
    {
        Assert.Equal("Trung ương", LegacyFontText.Convert(".VnTime", "Trung \u00AD¬ng"));
    }

    [Fact]
    public void Identifies_the_charset_and_the_capitals_of_a_font()
    {
        Assert.Equal(new LegacyFont(LegacyCharset.Tcvn3, true), LegacyFont.Of(".VnCentury SchoolbookH"));
        Assert.Equal(new LegacyFont(LegacyCharset.Tcvn3, false), LegacyFont.Of(".VnCentury Schoolbook"));
        Assert.Equal(new LegacyFont(LegacyCharset.Vni, false), LegacyFont.Of("VNI-Aptima"));
    }
}
