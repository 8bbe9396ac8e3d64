using System.Text;

using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class VniTests
{
    private static byte[] Bytes(string shown) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(shown);

    [Theory]
    [MemberData(nameof(VietnameseAlphabet.LowercaseData), MemberType = typeof(VietnameseAlphabet))]
    [MemberData(nameof(VietnameseAlphabet.UppercaseData), MemberType = typeof(VietnameseAlphabet))]
    public void Converts_every_letter_and_back(string letter)
    {
        var run = LegacyFontText.Encode("VNI-Times", letter);
        Assert.NotNull(run);
        Assert.InRange(run.Length, 1, 2);
        Assert.Equal(letter, LegacyFontText.Convert("VNI-Times", run));
        Assert.Equal(letter, Vni.Decode(Vni.Encode(letter)));
        // inside a word, between other letters, too
        Assert.Equal($"x{letter}n", Vni.Decode(Vni.Encode($"x{letter}n")));
    }

    [Fact]
    public void Writes_each_letter_as_a_base_and_a_mark_byte_or_one_byte_of_its_own()
    {
        var codes = VietnameseAlphabet.Lowercase.Select(c => Vni.Encode(c.ToString())).ToList();
        Assert.Equal(67, codes.Select(Convert.ToHexString).Distinct().Count());
        Assert.All(codes, c => Assert.True(c is [>= 0xC0] or [< 0x80, >= 0xC0] or [>= 0xC0, >= 0xC0], Convert.ToHexString(c)));
    }

    [Theory]
    // how VNI text looks in a Western font, as seen on countless documents
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Xin chaøo caùc baïn", "Xin chào các bạn")]
    [InlineData("Nghò quyeát soá 25-NQ/TW", "Nghị quyết số 25-NQ/TW")]
    [InlineData("NGHÒ QUYEÁT", "NGHỊ QUYẾT")]
    public void Reads_text_written_with_the_chart(string shown, string unicode)
    {
        Assert.Equal(unicode, Vni.Decode(Bytes(shown)));
        Assert.Equal(unicode, LegacyFontText.Convert("VNI-Times", shown));
        Assert.Equal(shown, LegacyFontText.Encode("VNI-Times", unicode));
    }

    [Fact]
    public void Takes_the_case_of_a_letter_from_its_base()
    {
        Assert.Equal("QUYẾT", Vni.Decode(Bytes("QUYEáT")));
        Assert.Equal("Ế", Vni.Decode(Bytes("Eá")));
        Assert.Equal("ế", Vni.Decode(Bytes("eÁ")));
    }

    [Fact]
    public void Keeps_a_mark_byte_with_no_base_before_it_and_windows1252_punctuation_as_they_are()
    {
        Assert.Equal("xù", Vni.Decode(Bytes("xù")));
        Assert.Equal("“Dân vận khéo” – 100%", Vni.Decode(Bytes("“Daân vaän kheùo” – 100%")));
    }
}
