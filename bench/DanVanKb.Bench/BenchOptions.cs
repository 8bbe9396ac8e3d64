using System.Globalization;

namespace DanVanKb.Bench;

/// <summary>What one run measures: the corpus sizes, how long the timed phases may take, where the JSON goes.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [1000, 5000, 20000];

    public bool Smoke { get; init; }

    public string Out { get; init; } = Path.Combine("bench", "results", "last.json");

    /// <summary>Where corpora and data folders go (a corpus already written for a size and seed is reused).</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), "danvankb-bench");

    public ulong Seed { get; init; } = Synthetic.SyntheticCorpus.DefaultSeed;

    /// <summary>The extraction passes read at most this many MB of each corpus (its first files); 0 = all.
    /// Extraction is per file, so its rate does not depend on the corpus size.</summary>
    public int ExtractMb { get; init; } = 256;

    /// <summary>Seconds of each HTTP phase (1, 16, 64 clients and the document page alone).</summary>
    public int HttpSeconds { get; init; } = 20;

    /// <summary>Seconds of the 64-client phase at the largest size, long enough to judge the server's memory
    /// (its RSS at the end against after the first minute); 0 keeps it as long as the others.</summary>
    public int SoakSeconds { get; init; } = 300;

    /// <summary>Timed samples per query type (in-process search, navigation); fewer for FTS5 and ripgrep.</summary>
    public int Samples { get; init; } = 300;

    /// <summary>Keep the corpora and data folders after the run.</summary>
    public bool Keep { get; init; }

    public const string Usage = """
        dotnet run -c Release --project bench/DanVanKb.Bench -- [--sizes 1000,5000,20000] [--smoke] [--out bench/results/last.json]
              [--work DIR] [--seed N] [--extract-mb 256] [--http-seconds 20] [--soak-seconds 300] [--samples 300] [--keep]
        dotnet run -c Release --project bench/DanVanKb.Bench -- --render bench/results/last.json
        dotnet run -c Release --project bench/DanVanKb.Bench -- --real-texts     (extraction over the real texts alone)
        Generates the seeded synthetic corpus at each size and measures, in one run: ingest end-to-end (the real
        CLI in a child process, its peak RSS) beside a bare Lucene IndexWriter over the same passages; extraction
        alone (all cores, one core) beside a plain regex scan; in-process search p50/p99 beside SQLite FTS5 and
        ripgrep; navigation (implementation tree down, chain up); HTTP at 1, 16 and 64 clients (64 for five
        minutes at the largest size, the server's memory judged on it). Prints the table
        with every target as a ratio (MISSED when missed) and writes the JSON. --smoke: the smallest size (1,000 reports), short phases.
        --render: prints a saved run's tables again, the targets judged anew, and rewrites its .md.
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = args.Contains("--smoke") ? new BenchOptions { Smoke = true, Sizes = [1000], HttpSeconds = 2, SoakSeconds = 0, Samples = 40, Out = Path.Combine("bench", "results", "smoke.json") } : new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--sizes" => o with { Sizes = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Positive).Order()] },
                "--out" => o with { Out = Next() },
                "--work" => o with { Work = Next() },
                "--seed" => o with { Seed = ulong.Parse(Next(), CultureInfo.InvariantCulture) },
                "--extract-mb" => o with { ExtractMb = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--http-seconds" => o with { HttpSeconds = Positive(Next()) },
                "--soak-seconds" => o with { SoakSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--samples" => o with { Samples = Positive(Next()) },
                "--keep" => o with { Keep = true },
                "--smoke" => o,
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (o.Sizes.Count == 0) throw new ArgumentException("--sizes needs at least one size");
        return o;
    }

    private static int Positive(string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{s}' is not a positive number");
}
