namespace DanVanKb.Bench.Tests.Measuring;

public sealed class VerdictTests
{
    [Fact]
    public void A_rate_below_its_target_is_missed_with_the_measured_number()
    {
        var v = Verdict.AtLeast("extraction, all cores", "1,000", 1.3, 100, " MB/s");

        Assert.Equal(VerdictStatus.Missed, v.Status);
        Assert.Equal("MISSED", v.StatusText);
        Assert.Equal("1.3 MB/s", v.Measured);
        Assert.Equal(0.013, v.Ratio);
    }

    [Fact]
    public void A_latency_within_its_limit_is_met_with_the_ratio_of_limit_to_measured()
    {
        var v = Verdict.AtMost("search p99, term", "1,000", 4, 10, " ms");

        Assert.Equal(VerdictStatus.Met, v.Status);
        Assert.Equal(2.5, v.Ratio);
        Assert.Equal("≤ 10 ms", v.Required);
    }

    [Fact]
    public void A_latency_over_its_limit_is_missed()
    {
        Assert.Equal(VerdictStatus.Missed, Verdict.AtMost("tree", "20,000", 20.5, 20, " ms").Status);
    }

    [Fact]
    public void Zero_errors_meets_a_limit_of_zero_and_one_error_misses_it()
    {
        Assert.Equal(VerdictStatus.Met, Verdict.AtMost("errors", "1,000", 0, 0, "").Status);
        Assert.Equal(VerdictStatus.Missed, Verdict.AtMost("errors", "1,000", 1, 0, "").Status);
    }
}
