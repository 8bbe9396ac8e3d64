using System.Diagnostics;

using DanVanKb.Search.Querying;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Bench;

/// <summary>Search latency by kind of query: the product's searcher (warm, in this process: symbol lookup,
/// text query, filter counts, snippets, grouped by report, as the search page asks for them), SQLite FTS5 over the same
/// passages (top 20 by rank), and ripgrep over the raw files.</summary>
public sealed record SearchFigures(IReadOnlyList<SearchRow> Rows, Latency SymbolLookupOnly, string? RipgrepNote)
{
    public static SearchFigures Measure(KbPaths paths, ReferenceIndexes references, CorpusFolder corpus, BenchOptions o)
    {
        var queries = BenchQuery.All(LocalSymbols(paths));
        using var searcher = KbSearcher.Open(paths.LuceneDirectory);
        // warm for a few seconds, as a server is warm: the first round of each query reads its terms' tables, and
        // the JIT compiles the hot methods again, optimized, after their first thirty calls (on another thread)
        WarmUp(queries, q => Lucene(searcher, q));
        using var fts = new SqliteConnection($"Data Source={references.Fts5Path};Mode=ReadOnly;Pooling=False");
        fts.Open();
        using var cmd = fts.CreateCommand();
        cmd.CommandText = "SELECT rowid, body FROM p WHERE p MATCH $q ORDER BY rank LIMIT 20";
        var param = cmd.Parameters.Add("$q", SqliteType.Text);
        int Fts(BenchQuery q)
        {
            param.Value = q.Fts;
            using var r = cmd.ExecuteReader();
            var n = 0;
            while (r.Read()) n += r.GetString(1).Length > 0 ? 1 : 0;
            return n;
        }
        WarmUp(queries, q => Fts(q));
        var rg = Ripgrep.Find();

        var rows = new List<SearchRow>();
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            var set = queries.Where(q => q.Kind == kind).ToList();
            var lucene = Latency.Measure(set, q => Lucene(searcher, q), o.Samples, TimeSpan.FromSeconds(30));
            var sqlite = Latency.Measure(set, q => Fts(q), Math.Max(set.Count, o.Samples / 5), TimeSpan.FromSeconds(20));
            Latency? scan = null;
            if (rg is not null)
            {
                var runs = o.Smoke ? set.Count : Math.Max(set.Count, 2 * set.Count);
                scan = Latency.Measure(set, q => Ripgrep.Run(rg, q.Rg, corpus.Path), runs, TimeSpan.FromSeconds(o.Smoke ? 10 : 60));
            }
            // what each engine found, untimed: a fast engine that finds nothing is no comparison
            var found = new Matches(
                set.Sum(q => (long)searcher.Search(Request(q)).TotalHits),
                set.Sum(q => FtsCount(fts, q)),
                rg is null ? null : set.Sum(q => Ripgrep.Run(rg, q.Rg, corpus.Path)));
            rows.Add(new SearchRow(kind, set.Count, string.Join(" | ", set.Select(q => q.Level is null ? q.Text : $"{q.Text} [cấp={q.Level}]")), lucene, sqlite, scan, found));
        }
        var symbols = queries.Where(q => q.Kind == QueryKind.Symbol).ToList();
        var lookup = Latency.Measure(symbols, q => searcher.FindSymbol(q.Text), o.Samples, TimeSpan.FromSeconds(10));
        return new SearchFigures(rows, lookup, rg is null ? "ripgrep (rg) not found: install Debian's ripgrep (apt-get install ripgrep) to compare with it" : null);
    }

    /// <summary>Each query at least once, then the whole set again until <see cref="WarmUpTime"/> has passed.</summary>
    private static void WarmUp(IReadOnlyList<BenchQuery> queries, Action<BenchQuery> run)
    {
        var clock = Stopwatch.StartNew();
        do
            foreach (var q in queries) run(q);
        while (clock.Elapsed < WarmUpTime);
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    private static long FtsCount(SqliteConnection c, BenchQuery q)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM p WHERE p MATCH $q";
        cmd.Parameters.AddWithValue("$q", q.Fts);
        return (long)cmd.ExecuteScalar()!;
    }

    private static int Lucene(KbSearcher searcher, BenchQuery q) => searcher.Search(Request(q)).Hits.Count;

    /// <summary>What the search page asks for: one entry per report, with how many more passages it has.</summary>
    private static SearchRequest Request(BenchQuery q) => new(q.Text, Level: q.Level, Grouped: true);

    /// <summary>Symbols of the most cited province, district and commune documents of the knowledge base.</summary>
    private static IEnumerable<string> LocalSymbols(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        var docs = reader.Export().Documents;
        foreach (var level in new[] { "province", "district", "commune" })
            if (docs.Where(d => d.Level == level && d.Symbol is not null).MaxBy(d => d.Mentions) is { } top)
                yield return top.Symbol!;
    }
}

/// <summary>One kind of query: its queries and the three engines' latencies (ripgrep absent when not installed).</summary>
public sealed record SearchRow(QueryKind Kind, int Queries, string Examples, Latency Product, Latency Fts5, Latency? Ripgrep, Matches Found)
{
    /// <summary>How many times faster the product is than FTS5 at the median.</summary>
    public double VsFts5 => Ratio(Fts5.P50Ms, Product.P50Ms);

    public double? VsRipgrep => Ripgrep is null ? null : Ratio(Ripgrep.P50Ms, Product.P50Ms);

    private static double Ratio(double other, double product) => Math.Round(other / Math.Max(product, 1e-6), 1);
}

/// <summary>What the queries of a kind found, summed: the product's total hits (passages and documents), FTS5's
/// matching passages, ripgrep's matching lines.</summary>
public sealed record Matches(long Product, long Fts5, long? Ripgrep);

/// <summary>ripgrep as a child process: one scan of the corpus folder, returning the matching lines it counted.</summary>
public static class Ripgrep
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "rg")).FirstOrDefault(File.Exists);

    public static long Run(string rg, IReadOnlyList<string> args, string folder)
    {
        var info = new ProcessStartInfo(rg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--no-config", "-c" }.Concat(args)) info.ArgumentList.Add(a);
        info.ArgumentList.Add(folder);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        long lines = 0;
        while (p.StandardOutput.ReadLine() is { } line)
            if (long.TryParse(line.AsSpan(line.LastIndexOf(':') + 1), System.Globalization.CultureInfo.InvariantCulture, out var n)) lines += n;
        p.WaitForExit();
        if (p.ExitCode > 1) throw new InvalidOperationException($"rg {string.Join(' ', args)} exited with {p.ExitCode}: {err.Result}");
        return lines;
    }
}
