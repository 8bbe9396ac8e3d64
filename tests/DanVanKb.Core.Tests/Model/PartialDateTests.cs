using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData(2016, null, null, 2017, 8, 14)]
    [InlineData(2017, 7, null, 2017, 8, 14)]
    [InlineData(2017, 8, 13, 2017, 8, 14)]
    public void Is_before_a_later_date_at_the_precision_both_state(int y, int? m, int? d, int oy, int? om, int? od) =>
        Assert.True(new PartialDate(y, m, d).IsBefore(new PartialDate(oy, om, od)));

    [Theory]
    [InlineData(2017, null, null, 2017, 8, 14)]
    [InlineData(2017, 8, null, 2017, 8, 14)]
    [InlineData(2017, 8, 14, 2017, 8, 14)]
    [InlineData(2017, 8, 14, 2017, null, null)]
    [InlineData(2018, 1, 1, 2017, 12, 31)]
    public void Is_not_before_a_date_it_may_equal_or_follow(int y, int? m, int? d, int oy, int? om, int? od) =>
        Assert.False(new PartialDate(y, m, d).IsBefore(new PartialDate(oy, om, od)));
}
