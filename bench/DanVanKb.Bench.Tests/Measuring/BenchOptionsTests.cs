namespace DanVanKb.Bench.Tests.Measuring;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Smoke_is_one_small_size_with_short_phases()
    {
        var o = BenchOptions.Parse(["--smoke"]);

        Assert.True(o.Smoke);
        Assert.Single(o.Sizes);
        Assert.True(o.HttpSeconds <= 5);
        Assert.Equal(0, o.SoakSeconds);
    }

    [Fact]
    public void A_full_run_keeps_64_clients_five_minutes_at_its_largest_size()
    {
        Assert.Equal(300, BenchOptions.Parse([]).SoakSeconds);
        Assert.Equal(120, BenchOptions.Parse(["--soak-seconds", "120"]).SoakSeconds);
    }

    [Fact]
    public void Sizes_are_read_in_order()
    {
        Assert.Equal([1000, 5000, 20000], BenchOptions.Parse(["--sizes", "20000,1000,5000"]).Sizes);
    }

    [Fact]
    public void A_bad_size_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--sizes", "10,abc"]));
        Assert.Contains("abc", e.Message, StringComparison.Ordinal);
    }
}
