using System.Diagnostics;
using System.Text.Json;

using DanVanKb.Bench;
using DanVanKb.Cli;
using DanVanKb.Storage;
using DanVanKb.Synthetic;
using DanVanKb.Web.Hosting;

// child modes: the real command line (ingest is measured through it), and the site for the HTTP phases
if (args is ["--cli", .. var cli]) return CliApp.Run(cli, Console.Out, Console.Error);
if (args is ["--serve", var served, var url])
{
    await WebApp.Build(new WebAppOptions(served, url)).RunAsync();
    return 0;
}

var json = new JsonSerializerOptions { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

// a saved run rendered again (the targets judged anew from its figures), e.g. after a change to the table
if (args is ["--render", var saved])
{
    var loaded = JsonSerializer.Deserialize<BenchRun>(await File.ReadAllTextAsync(saved), json)!;
    var rendered = ResultTable.Markdown(loaded with { Verdicts = IssueTargets.Judge(loaded.Sizes, loaded.RealExtraction) });
    Console.Write(rendered);
    await File.WriteAllTextAsync(Path.ChangeExtension(saved, ".md"), rendered);
    return 0;
}

// extraction over the real texts alone (one core, after a warm-up), without the sizes
if (args is ["--real-texts"])
{
    var alone = RealTextRate.Measure([Path.GetFullPath(Path.Combine("..", "shared", "corpus", "seeds")), RealTextRate.RealWorldCache]);
    Console.WriteLine(alone is null ? "no real texts found" : $"{alone.Files} files, {alone.Megabytes} MB: {alone.OneCoreMbps} MB/s on one core");
    return alone is null ? 1 : 0;
}

BenchOptions o;
try
{
    o = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (args.Contains("--help"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

var machine = Machine.Current();
Console.WriteLine($"machine: {machine}");
#if DEBUG
Console.WriteLine("warning: a Debug build; figures are only meaningful with -c Release");
#endif
var clock = Stopwatch.StartNew();
void Log(string s) => Console.WriteLine($"[{clock.Elapsed:hh\\:mm\\:ss}] {s}");

Directory.CreateDirectory(o.Work);
var corpus = new SyntheticCorpus(o.Seed);
var seeds = Path.GetFullPath(Path.Combine("..", "shared", "corpus", "seeds"));
CorpusStatistics? real = Directory.Exists(seeds)
    ? CorpusStatistics.Measure("real (shared seeds)", Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText))
    : null;
Log("extraction over the real texts (one core)");
var realRate = RealTextRate.Measure([seeds, RealTextRate.RealWorldCache]);
Log(realRate is null ? "  no real texts found" : $"  {realRate.Files} files, {realRate.Megabytes} MB: {realRate.OneCoreMbps} MB/s");
var results = new List<SizeResult>();
foreach (var size in o.Sizes)
{
    Log($"{size} reports: corpus");
    var folder = CorpusFolder.Ensure(corpus, o.Work, o.Seed, size);
    Log($"  {folder.Megabytes:F1} MB in {folder.Path}{(folder.WriteSeconds > 0 ? $", written in {folder.WriteSeconds} s" : " (reused)")}");
    Log("  extraction alone (all cores, one core) and the regex scan");
    var extraction = ExtractionFigures.Measure(folder, o.ExtractMb);
    Log($"  extraction {extraction.AllCoresMbps} MB/s all cores, {extraction.OneCoreMbps} MB/s one core; regex {extraction.RegexAllCoresMbps} / {extraction.RegexOneCoreMbps} MB/s");
    var data = Path.Combine(o.Work, $"data-{size}");
    Log("  ingest (danvankb ingest in a child process)");
    var ingest = IngestFigures.Measure(folder, data);
    Log($"  ingest {ingest.Seconds} s, {ingest.Mbps} MB/s, peak RSS {ingest.PeakRssMb} MB; {ingest.Documents} documents, {ingest.Relations} relations, {ingest.Passages} passages");
    var paths = new KbPaths(data);
    Log("  bare Lucene and FTS5 over the same passages");
    var references = ReferenceIndexes.Build(paths, folder, o.Work);
    Log($"  bare Lucene {references.BareLuceneSeconds} s ({references.BareLuceneMbps} MB/s); FTS5 {references.Fts5BuildSeconds} s");
    Log("  search: product, FTS5, ripgrep");
    var search = SearchFigures.Measure(paths, references, folder, o);
    foreach (var row in search.Rows)
        Log($"  {row.Kind,-8} product {row.Product.P50Ms}/{row.Product.P99Ms} ms, FTS5 {row.Fts5.P50Ms}/{row.Fts5.P99Ms} ms, rg {row.Ripgrep?.P50Ms}/{row.Ripgrep?.P99Ms} ms");
    Log("  navigation");
    var navigation = NavigationFigures.Measure(data, o);
    foreach (var row in navigation.Rows)
        Log($"  {row.Way,-12} {row.Document}: {row.Descendants} descendants, {row.Latency.P50Ms}/{row.Latency.P99Ms} ms");
    var soak = size == o.Sizes[^1] ? o.SoakSeconds : 0;
    Log($"  HTTP: 1, 16, 64 clients and the document page alone, {o.HttpSeconds} s each{(soak > o.HttpSeconds ? $" (64 clients {soak} s)" : "")}");
    var http = await HttpFigures.Measure(data, o, soak);
    foreach (var p in http.Phases)
        Log($"  {p.Mix}, {p.Result.Clients} clients: {p.Result.RequestsPerSecond} req/s, {p.Result.Errors} errors");
    Log($"  adding {IngestFigures.AddedReports} reports to the knowledge base");
    var addition = IngestFigures.MeasureAddition(corpus, size, o.Work, data);
    Log($"  added in {addition.Seconds} s, peak RSS {addition.PeakRssMb} MB, index {(addition.IndexUpdated ? "updated" : "rebuilt")}");
    results.Add(new SizeResult(size, Math.Round(folder.Megabytes, 1), folder.WriteSeconds, extraction, ingest, references, search, navigation, http) { Addition = addition });
    if (!o.Keep)
    {
        Directory.Delete(data, recursive: true);
        Directory.Delete(Path.Combine(o.Work, "bare-lucene"), recursive: true);
        File.Delete(references.Fts5Path);
    }
}

var run = new BenchRun(machine, o.Smoke, o.Seed, Math.Round(clock.Elapsed.TotalMinutes, 1), real, results, IssueTargets.Judge(results, realRate)) { RealExtraction = realRate };
var table = ResultTable.Markdown(run);
Console.WriteLine();
Console.Write(table);
var outDir = Path.GetDirectoryName(Path.GetFullPath(o.Out))!;
Directory.CreateDirectory(outDir);
await File.WriteAllTextAsync(o.Out, JsonSerializer.Serialize(run, json));
await File.WriteAllTextAsync(Path.ChangeExtension(o.Out, ".md"), table);
Console.WriteLine($"\nresult: {Path.GetFullPath(o.Out)} (and {Path.ChangeExtension(o.Out, ".md")})");
return 0;
