using System.Text;

using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class LegacyTextDecoderTests
{
    private const string Paragraph = """
        Thực hiện Kế hoạch số 168-KH/TU ngày 10/4/2023 của Ban Thường vụ Tỉnh ủy về tổng kết 10 năm thực hiện
        Nghị quyết số 25-NQ/TW và 5 năm thực hiện Kết luận số 43-KL/TW, trên cơ sở báo cáo của các huyện ủy,
        thành ủy, đảng ủy trực thuộc, Ban Thường vụ Tỉnh ủy báo cáo như sau: công tác dân vận được các cấp ủy,
        chính quyền quan tâm lãnh đạo, chỉ đạo; phong trào thi đua “Dân vận khéo” được triển khai sâu rộng.
        """;

    public static TheoryData<LegacyCharset, string> ShortInputs()
    {
        var data = new TheoryData<LegacyCharset, string>();
        foreach (var charset in new[] { LegacyCharset.Tcvn3, LegacyCharset.Vni, LegacyCharset.Windows1258 })
            foreach (var text in new[] { "của", "và", "thực hiện", "Nghị quyết 25-NQ/TW", "Kế hoạch số 45-KH/HU ngày 05/9/2013", "NGHỊ QUYẾT" })
                data.Add(charset, text);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShortInputs))]
    public void Picks_the_charset_of_a_short_input(LegacyCharset charset, string text)
    {
        var detection = LegacyTextDecoder.Decode(LegacyEncodings.Encode(charset, text));
        Assert.True(detection.Ok, detection.Evidence);
        Assert.Equal(charset, detection.Charset);
        Assert.Equal(text, detection.Text);
    }

    [Theory]
    [MemberData(nameof(LegacyEncodings.All), MemberType = typeof(LegacyEncodings))]
    public void Picks_the_charset_of_a_long_input_by_a_wide_margin(LegacyCharset charset)
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph, 40));
        var detection = LegacyTextDecoder.Decode(LegacyEncodings.Encode(charset, text));
        Assert.Equal(charset, detection.Charset);
        Assert.Equal(text, detection.Text);
        Assert.True(detection.Best.Share > 0.97, detection.Evidence);
        Assert.All(detection.Scores.Where(s => s.Charset != charset), s => Assert.True(s.Share < 0.4, $"{s.Charset} read {s.Share:P0} of it as Vietnamese"));
        Assert.True(detection.Best.AccentedWords > 1000, detection.Evidence);
    }

    [Theory]
    [InlineData("The café on the Rue de Rivoli serves crème brûlée and a naïve rosé; déjà vu, señor. Prices: 5 € à la carte.")]
    [InlineData("Le comité a décidé à l'unanimité de réviser le règlement intérieur avant la séance plénière de février.")]
    [InlineData("Die Gemeinde hat über die Änderung der Satzung beschlossen; die Sitzung fand im März statt.")]
    [InlineData("El año pasado el niño comió piña en la montaña.")]
    [InlineData("Résumé")]
    public void Does_not_convert_western_8bit_text(string text)
    {
        var detection = LegacyTextDecoder.Decode(Encoding.Latin1.GetBytes(text));
        Assert.False(detection.Ok, $"read as {detection.CharsetName}: {detection.Text}");
    }

    [Fact]
    public void Does_not_convert_random_bytes()
    {
        var random = new Random(1258);
        for (var run = 0; run < 20; run++)
        {
            var bytes = new byte[500 + random.Next(3000)];
            random.NextBytes(bytes);
            // printable only, half of them above 0x7F, so nothing but the charset reading can refuse them
            for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i % 2 == 0 ? 0x20 + (bytes[i] % 0x5F) : 0xA0 + (bytes[i] % 0x60));
            var detection = LegacyTextDecoder.Decode(bytes);
            Assert.False(detection.Ok, $"run {run} read as {detection.CharsetName}: {detection.Evidence}");
        }
    }

    [Fact]
    public void Does_not_convert_utf8_with_a_damaged_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Paragraph).Append((byte)0xFF).ToArray();
        Assert.False(LegacyTextDecoder.Decode(bytes).Ok);
    }

    [Fact]
    public void Says_how_it_recognized_the_charset()
    {
        var detection = LegacyTextDecoder.Decode(Tcvn3.Encode(Paragraph));
        Assert.Equal("tcvn3", detection.CharsetName);
        Assert.Matches(@"^\d{2,3}% of \d+ accented words are Vietnamese syllables$", detection.Evidence);
    }
}
