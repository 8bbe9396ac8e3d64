using System.Text.RegularExpressions;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class SpacingTests
{
    [Theory]
    [InlineData("Ban Thường vụ\nTỉnh ủy", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Kế hoạch  số\t\t12", "Kế hoạch số 12")]
    [InlineData("UBND\u00A0tỉnh", "UBND tỉnh")]
    [InlineData(" \r\n đầu và cuối \n", " đầu và cuối ")]
    [InlineData("a\u2003\u3000b", "a b")]
    public void Writes_each_run_of_white_space_as_one_space(string raw, string expected)
    {
        Assert.Equal(expected, Spacing.Collapse(raw));
        Assert.Equal(Regex.Replace(raw, @"\s+", " "), Spacing.Collapse(raw));
    }

    [Theory]
    [InlineData("Nghị quyết số 25-NQ/TW của Bộ Chính trị")]
    [InlineData(" một khoảng trắng ở đầu và cuối ")]
    [InlineData("")]
    [InlineData("a\u200Bb")] // a zero-width space is no white space
    public void Returns_a_phrase_spaced_so_already_as_it_is(string phrase)
    {
        Assert.Same(phrase, Spacing.Collapse(phrase));
    }
}
