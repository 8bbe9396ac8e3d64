using System.Text;

using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class Tcvn3Tests
{
    /// <summary>The bytes whose Windows-1252 characters are <paramref name="shown"/>.</summary>
    private static byte[] Bytes(string shown) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(shown);

    [Theory]
    [MemberData(nameof(VietnameseAlphabet.LowercaseData), MemberType = typeof(VietnameseAlphabet))]
    public void Converts_every_lowercase_letter_to_one_code_and_back(string letter)
    {
        var run = LegacyFontText.Encode(".VnTime", letter);
        Assert.NotNull(run);
        Assert.Single(run);
        Assert.Equal(letter, LegacyFontText.Convert(".VnTime", run));
        Assert.Equal(letter, Tcvn3.Decode(Tcvn3.Encode(letter)));
    }

    [Theory]
    [MemberData(nameof(VietnameseAlphabet.UppercaseData), MemberType = typeof(VietnameseAlphabet))]
    public void Converts_every_capital_through_an_H_font(string capital)
    {
        var run = LegacyFontText.Encode(".VnTimeH", capital);
        Assert.NotNull(run);
        Assert.Equal(capital, LegacyFontText.Convert(".VnTimeH", run));
        Assert.Equal(capital, LegacyFontText.Convert(".VnArialH", run));
    }

    [Fact]
    public void Gives_every_letter_its_own_code_and_the_seven_capitals_of_the_chart_their_own()
    {
        var codes = VietnameseAlphabet.Lowercase.Select(c => Tcvn3.Encode(c.ToString())).ToList();
        Assert.All(codes, c => Assert.True(c is [>= 0xA1]));
        Assert.Equal(67, codes.Select(c => c[0]).Distinct().Count());
        foreach (var capital in "ĂÂÊÔƠƯĐ")
        {
            var run = LegacyFontText.Encode(".VnTime", capital.ToString())!;
            Assert.Equal(capital.ToString(), LegacyFontText.Convert(".VnTime", run));
            Assert.NotEqual(LegacyFontText.Encode(".VnTime", char.ToLowerInvariant(capital).ToString()), run);
        }
    }

    [Theory]
    // how TCVN3 text looks in a Western font, as seen on countless documents
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("B¶o Th¾ng, M\u00ADêng Kh\u00AD¬ng, B¸t X¸t", "Bảo Thắng, Mường Khương, Bát Xát")]
    [InlineData("NghÞ quyÕt sè 25-NQ/TW", "Nghị quyết số 25-NQ/TW")]
    public void Reads_text_written_with_the_chart(string shown, string unicode)
    {
        Assert.Equal(unicode, Tcvn3.Decode(Bytes(shown)));
        Assert.Equal(unicode, LegacyFontText.Convert(".VnTime", shown));
        Assert.Equal(shown, LegacyFontText.Encode(".VnTime", unicode));
    }

    [Theory]
    [InlineData("NGHỊ QUYẾT SỐ 25-NQ/TW")]
    [InlineData("ĐẢNG BỘ TỈNH TUYÊN QUANG\nTỈNH ỦY")]
    [InlineData("KẾT QUẢ 10 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 25 VÀ 5 NĂM")]
    [InlineData("ĐỀ ÁN")]
    [InlineData("BÁO CÁO\ntổng kết 10 năm")]
    public void Restores_toned_capitals_in_words_written_in_capitals(string text)
    {
        // the file holds lowercase codes for Ị, Ế …, as a .VnTime user typing in capitals produced
        Assert.Equal(text, Tcvn3.Decode(Tcvn3.Encode(text)));
    }

    [Theory]
    [InlineData("Đề án số 05-ĐA/TU")]
    [InlineData("Số: 45-KH/HU")]
    [InlineData("Sở KH&ĐT, Bộ GD")]
    public void Leaves_words_that_only_start_with_a_capital_as_they_are(string text)
    {
        Assert.Equal(text, Tcvn3.Decode(Tcvn3.Encode(text)));
    }

    [Fact]
    public void Reads_a_tone_mark_byte_after_a_vowel_as_the_tone_and_elsewhere_as_itself()
    {
        Assert.Equal("cá", Tcvn3.Decode([(byte)'c', (byte)'a', 0xB3]));
        Assert.Equal("ở", Tcvn3.Decode([0xAC, 0xB1]));
        Assert.Equal("25°C", Tcvn3.Decode([(byte)'2', (byte)'5', 0xB0, (byte)'C']));
    }

    [Fact]
    public void Keeps_windows1252_punctuation()
    {
        Assert.Equal("“Dân vận khéo” – …", Tcvn3.Decode(Bytes("“D©n vËn khÐo” – …")));
    }

    [Fact]
    public void Refuses_to_encode_a_character_it_has_no_code_for()
    {
        Assert.Throws<ArgumentException>(() => Tcvn3.Encode("²"));
        Assert.Throws<ArgumentException>(() => Tcvn3.Encode("ñ"));
    }
}
