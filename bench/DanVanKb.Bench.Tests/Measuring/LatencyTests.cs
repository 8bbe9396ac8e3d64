namespace DanVanKb.Bench.Tests.Measuring;

public sealed class LatencyTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var ms = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        var l = Latency.Of(ms);

        Assert.Equal(100, l.Samples);
        Assert.Equal(50, l.P50Ms);
        Assert.Equal(99, l.P99Ms);
        Assert.Equal(100, l.MaxMs);
        Assert.Equal(50.5, l.MeanMs);
    }

    [Fact]
    public void Measuring_stops_at_the_sample_count()
    {
        var calls = 0;
        var l = Latency.Measure([1, 2, 3], _ => calls++, 7, TimeSpan.FromMinutes(1));

        Assert.Equal(7, calls);
        Assert.Equal(7, l.Samples);
    }

    [Fact]
    public void Measuring_runs_every_input_once_even_over_budget()
    {
        var seen = new List<int>();
        Latency.Measure([1, 2, 3], seen.Add, 100, TimeSpan.Zero);

        Assert.Equal([1, 2, 3], seen);
    }
}
