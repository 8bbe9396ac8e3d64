using System.Globalization;
using System.Text;

namespace DanVanKb.Load;

/// <summary>What a run measured: requests and errors, latency per kind of page, the server's RSS over time.</summary>
public sealed record LoadResult(
    string Url, int Clients, double Seconds, long Requests, double RequestsPerSecond, int Errors, IReadOnlyList<string> FirstErrors,
    IReadOnlyList<PageFigures> Pages, double RssStartMb, double RssMiddleMb, double RssEndMb, double RssMaxMb, IReadOnlyList<double[]> RssSamples)
{
    /// <summary>The server's RSS at the first sample a minute or more into the run; null for a shorter run.</summary>
    public double? RssAfterFirstMinuteMb => RssSamples.FirstOrDefault(s => s[0] >= 60) is { } s ? s[1] : null;

    public static LoadResult From(LoadOptions o, string url, TimeSpan elapsed, Dictionary<string, double[]> latencies, string[] errors, List<(double Seconds, double Mb)> rss)
    {
        var requests = latencies.Values.Sum(v => (long)v.Length);
        var pages = latencies.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => PageFigures.Of(kv.Key, kv.Value, elapsed)).ToList();
        double At(double fraction) => rss.Count == 0 ? 0 : rss[(int)Math.Round((rss.Count - 1) * fraction)].Mb;
        return new LoadResult(url, o.Clients, Math.Round(elapsed.TotalSeconds, 1), requests, Math.Round(requests / elapsed.TotalSeconds, 1), errors.Length,
            [.. errors.Take(20)], pages, At(0), At(0.5), At(1), rss.Count == 0 ? 0 : rss.Max(r => r.Mb), [.. rss.Select(r => new[] { Math.Round(r.Seconds, 1), Math.Round(r.Mb, 1) })]);
    }

    public string Text()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"{Url}: {Clients} clients, {Seconds} s, {Requests} requests ({RequestsPerSecond} /s), {Errors} errors");
        sb.AppendLine("page          requests      /s   p50 ms   p99 ms   max ms");
        foreach (var p in Pages)
            sb.AppendLine(c, $"{p.Page,-12} {p.Requests,9} {p.PerSecond,7:F1} {p.P50Ms,8:F1} {p.P99Ms,8:F1} {p.MaxMs,8:F1}");
        sb.AppendLine(c, $"server RSS MB: start {RssStartMb:F1}, after the first minute {(RssAfterFirstMinuteMb is double m ? m.ToString("F1", c) : "–")}, middle {RssMiddleMb:F1}, end {RssEndMb:F1}, max {RssMaxMb:F1}");
        foreach (var e in FirstErrors) sb.AppendLine("error: " + e);
        return sb.ToString();
    }
}

public sealed record PageFigures(string Page, long Requests, double PerSecond, double P50Ms, double P99Ms, double MaxMs)
{
    public static PageFigures Of(string page, double[] ms, TimeSpan elapsed)
    {
        Array.Sort(ms);
        double Q(double q) => ms.Length == 0 ? 0 : Math.Round(ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)], 1);
        return new PageFigures(page, ms.Length, Math.Round(ms.Length / elapsed.TotalSeconds, 1), Q(0.5), Q(0.99), ms.Length == 0 ? 0 : Math.Round(ms[^1], 1));
    }
}
