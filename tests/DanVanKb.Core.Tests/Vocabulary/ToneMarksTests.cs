using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Tests.Vocabulary;

public class ToneMarksTests
{
    [Theory]
    [InlineData("Phổ Hoà", "Phổ Hòa")]
    [InlineData("uỷ ban nhân dân xã Hoà Bình", "ủy ban nhân dân xã Hòa Bình")]
    [InlineData("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("Uỷ ban nhân dân tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Cà Mau")]
    [InlineData("Hoè", "Hòe")]
    [InlineData("hoà", "hòa")]
    public void Moves_the_tone_mark_of_an_old_habit_pair_at_a_syllable_end(string old, string modern) =>
        Assert.Equal(modern, ToneMarks.ToModern(old));

    [Theory]
    [InlineData("hoàng")] // the pair is inside the syllable, where both habits agree
    [InlineData("quý, quỹ")] // after q the u belongs to the consonant
    [InlineData("Hòa thuận")]
    [InlineData("o")]
    public void Leaves_what_is_not_an_old_habit_pair_at_a_syllable_end(string text) =>
        Assert.Equal(text, ToneMarks.ToModern(text));

    [Fact]
    public void Returns_the_text_itself_when_nothing_moves()
    {
        var text = "Kế hoạch thực hiện Nghị quyết 25-NQ/TW";

        Assert.Same(text, ToneMarks.ToModern(text));
    }
}
