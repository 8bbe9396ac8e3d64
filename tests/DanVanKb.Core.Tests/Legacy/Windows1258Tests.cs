using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Tests.Legacy;

public class Windows1258Tests
{
    [Theory]
    [MemberData(nameof(VietnameseAlphabet.LowercaseData), MemberType = typeof(VietnameseAlphabet))]
    [MemberData(nameof(VietnameseAlphabet.UppercaseData), MemberType = typeof(VietnameseAlphabet))]
    public void Converts_every_letter_and_back(string letter)
    {
        var bytes = Windows1258.Encode(letter);
        Assert.InRange(bytes.Length, 1, 2);
        Assert.Equal(letter, Windows1258.Decode(bytes));
    }

    [Fact]
    public void Composes_a_letter_and_a_combining_tone_mark()
    {
        // V i ê + combining dot below (0xF2) t; ư (0xFD) + combining acute (0xEC)
        Assert.Equal("Việt", Windows1258.Decode([0x56, 0x69, 0xEA, 0xF2, 0x74]));
        Assert.Equal("cứ", Windows1258.Decode([0x63, 0xFD, 0xEC]));
        Assert.Equal([0x56, 0x69, 0xEA, 0xF2, 0x74], Windows1258.Encode("Việt"));
    }
}
