using System.Diagnostics;

namespace DanVanKb.Bench;

/// <summary>Latency figures of repeated timings, in milliseconds.</summary>
public sealed record Latency(int Samples, double P50Ms, double P99Ms, double MeanMs, double MaxMs)
{
    public static Latency Of(IReadOnlyList<double> ms)
    {
        if (ms.Count == 0) return new Latency(0, 0, 0, 0, 0);
        var sorted = ms.Order().ToArray();
        double Q(double q) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
        return new Latency(sorted.Length, Round(Q(0.5)), Round(Q(0.99)), Round(sorted.Average()), Round(sorted[^1]));
    }

    /// <summary>Times <paramref name="action"/> for each of <paramref name="inputs"/> in turn until
    /// <paramref name="samples"/> timings or <paramref name="budget"/> has passed (at least one round).</summary>
    public static Latency Measure<T>(IReadOnlyList<T> inputs, Action<T> action, int samples, TimeSpan budget)
    {
        var ms = new List<double>(samples);
        var clock = Stopwatch.StartNew();
        for (var i = 0; ms.Count < samples && (i < inputs.Count || clock.Elapsed < budget); i++)
        {
            var t = Stopwatch.GetTimestamp();
            action(inputs[i % inputs.Count]);
            ms.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return Of(ms);
    }

    /// <summary>Rounded for print: three significant decimals below 1 ms.</summary>
    public static double Round(double ms) => ms < 1 ? Math.Round(ms, 3) : ms < 100 ? Math.Round(ms, 2) : Math.Round(ms, 1);
}
