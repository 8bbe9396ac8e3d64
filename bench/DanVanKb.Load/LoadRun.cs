using System.Collections.Concurrent;
using System.Diagnostics;

namespace DanVanKb.Load;

/// <summary>N clients, each requesting the kinds of page in turn until the time or the request budget
/// runs out; latencies per kind, errors, and the server's RSS sampled every second.</summary>
public static class LoadRun
{
    public const int WarmUpPerKind = 20;

    public static async Task<LoadResult> Run(string url, Targets targets, LoadOptions o, int? serverPid)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var kinds = targets.ByKind.Keys.ToArray();

        // warm-up: the first few URLs of each kind, so start-up costs (first searcher, JIT) are not counted as
        // growth; not every URL, which would fill the answer cache before the measured run
        foreach (var path in targets.ByKind.Values.SelectMany(v => v.Take(WarmUpPerKind)).Distinct())
            using (await http.GetAsync(path)) { }
        var rss = new List<(double Seconds, double Mb)>();
        var clock = Stopwatch.StartNew();
        void Sample()
        {
            if (serverPid is { } pid) lock (rss) rss.Add((clock.Elapsed.TotalSeconds, ServerProcess.RssMb(pid)));
        }
        Sample();

        var latencies = kinds.ToDictionary(k => k, _ => new ConcurrentBag<double>());
        var errors = new ConcurrentBag<string>();
        long issued = 0;
        using var stop = new CancellationTokenSource(o.Duration);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { await Task.Delay(1000, stop.Token); } catch (OperationCanceledException) { break; }
                Sample();
            }
        });
        var clients = Enumerable.Range(0, o.Clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            var mine = kinds.ToDictionary(k => k, _ => new List<double>());
            for (var i = c; !stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= o.MaxRequests; i++)
            {
                var kind = kinds[i % kinds.Length];
                var list = targets.ByKind[kind];
                var path = list[random.Next(list.Length)];
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.CopyToAsync(Stream.Null);
                    if (!response.IsSuccessStatusCode) errors.Add($"{(int)response.StatusCode} {path}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Add($"{e.GetType().Name} {path}: {e.Message}");
                }
                mine[kind].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            foreach (var (k, v) in mine) foreach (var ms in v) latencies[k].Add(ms);
        })).ToArray();
        await Task.WhenAll(clients);
        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        await sampler;
        Sample();
        return LoadResult.From(o, url, elapsed, latencies.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), [.. errors], rss);
    }
}
