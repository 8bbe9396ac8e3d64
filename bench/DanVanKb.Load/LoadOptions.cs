using System.Globalization;

namespace DanVanKb.Load;

/// <summary>What to load and for how long. Loopback only.</summary>
public sealed record LoadOptions
{
    public string? Url { get; init; }

    public string? Data { get; init; }

    public List<string> Corpora { get; init; } = [];

    public int Synthetic { get; init; } = 300;

    public int Clients { get; init; } = 64;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public long MaxRequests { get; init; } = 5_000_000;

    public string Out { get; init; } = "load-result.json";

    public bool Smoke { get; init; }

    public const string Usage = """
        DanVanKb.Load [--corpus DIR]... [--synthetic N] [--data DIR | --url http://127.0.0.1:PORT]
                      [--clients 64] [--duration 60] [--max-requests N] [--out FILE] [--smoke]
        Starts the site on 127.0.0.1 over DIR (or the reports given, plus the first N reports of the seeded
        synthetic corpus, bench/DanVanKb.Synthetic), runs the clients
        against the search, document and tree pages and their JSON twins, prints requests/s, p50/p99 per page,
        errors and the server's RSS, and writes the result as JSON. --smoke: 5 s, 8 clients, 30 synthetic.
        Exit code 1 when any request failed.
        """;

    public static LoadOptions Parse(string[] args)
    {
        var o = args.Contains("--smoke") ? new LoadOptions { Smoke = true, Clients = 8, Duration = TimeSpan.FromSeconds(5), Synthetic = 30 } : new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--url" => o with { Url = Next() },
                "--data" => o with { Data = Next() },
                "--corpus" => o with { Corpora = [.. o.Corpora, Next()] },
                "--synthetic" => o with { Synthetic = Int(Next()) },
                "--clients" => o with { Clients = Math.Max(1, Int(Next())) },
                "--duration" => o with { Duration = TimeSpan.FromSeconds(Math.Max(1, Int(Next()))) },
                "--max-requests" => o with { MaxRequests = Math.Max(1, long.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--out" => o with { Out = Next() },
                "--smoke" => o,
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (o.Url is not null && !IsLoopback(o.Url)) throw new ArgumentException($"{o.Url}: only 127.0.0.1 / localhost");
        return o;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.IsLoopback || u.Host == "127.0.0.1");
}
