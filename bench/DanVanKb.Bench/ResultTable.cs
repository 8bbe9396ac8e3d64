using System.Globalization;
using System.Text;

using DanVanKb.Synthetic;

namespace DanVanKb.Bench;

/// <summary>A run as Markdown tables (printed, and pasted into bench/README.md): throughput and memory,
/// search, navigation, HTTP, the targets with their ratios, and the corpus beside the real reports.</summary>
public static class ResultTable
{
    public static string Markdown(BenchRun run)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        void Line(string s = "") => sb.Append(s).Append('\n');
        string F(double v) => Verdict.Fmt(v);
        string L(Latency l) => $"{F(l.P50Ms)} / {F(l.P99Ms)}";

        Line($"Machine: {run.Machine}");
        Line();
        Line(string.Create(c, $"Run: {(run.Smoke ? "smoke, " : "")}seed {run.Seed}, sizes {string.Join(", ", run.Sizes.Select(s => s.Reports.ToString("#,0", c)))}, {run.TotalMinutes:0.#} minutes in all. MB = 10^6 bytes of report files."));
        Line();
        Line("### Ingest and extraction");
        Line();
        Line("| reports | corpus MB | ingest s | ingest MB/s | ingest peak RSS MB | bare Lucene MB/s | ingest ÷ bare | extraction MB/s all cores | one core | regex scan MB/s all cores | one core |");
        Line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in run.Sizes)
            Line(string.Create(c, $"| {s.Reports:#,0} | {F(s.CorpusMb)} | {F(s.Ingest.Seconds)} | {F(s.Ingest.Mbps)} | {F(s.Ingest.PeakRssMb)} | {F(s.References.BareLuceneMbps)} | {F(s.IngestVsBare)} | {F(s.Extraction.AllCoresMbps)} | {F(s.Extraction.OneCoreMbps)} | {F(s.Extraction.RegexAllCoresMbps)} | {F(s.Extraction.RegexOneCoreMbps)} |"));
        Line();
        foreach (var s in run.Sizes)
            Line(string.Create(c, $"- {s.Reports:#,0} reports: ingest wrote {s.Ingest.Documents:#,0} documents, {s.Ingest.Relations:#,0} relations, {s.Ingest.Passages:#,0} passages; bare Lucene indexed {s.References.Passages:#,0} passages in {F(s.References.BareLuceneSeconds)} s; FTS5 built in {F(s.References.Fts5BuildSeconds)} s; extraction measured over {s.Extraction.Files:#,0} files ({F(s.Extraction.Megabytes)} MB)."));
        Line();
        if (run.RealExtraction is { } realRate)
            Line(string.Create(c, $"Extraction over the real texts (the shared seeds and the fetched real-world set): {realRate.Files} files, {F(realRate.Megabytes)} MB, {F(realRate.OneCoreMbps)} MB/s on one core."));
        Line();
        Line("Ingest by stage, seconds (read and decode, and extract: CPU summed over the cores, a chunk ahead of the writer; the rest: the writer's wall time):");
        Line();
        Line("| reports | " + string.Join(" | ", IngestFigures.StageNames) + " | bound |");
        Line("|---:|" + string.Concat(IngestFigures.StageNames.Select(_ => "---:|")) + "---|");
        foreach (var s in run.Sizes)
            Line(string.Create(c, $"| {s.Reports:#,0} | {string.Join(" | ", IngestFigures.StageNames.Select(n => s.Ingest.Stages.TryGetValue(n, out var v) ? F(v) : "–"))} | {s.Ingest.Bound ?? "–"} |"));
        Line();
        if (run.Sizes.Any(s => s.Addition is not null))
        {
            Line(string.Create(c, $"Adding {IngestFigures.AddedReports} new reports to the knowledge base afterwards (`danvankb ingest` of a folder of the corpus's next reports), seconds:"));
            Line();
            Line("| reports before | in all | peak RSS MB | " + string.Join(" | ", IngestFigures.StageNames) + " | search index |");
            Line("|---:|---:|---:|" + string.Concat(IngestFigures.StageNames.Select(_ => "---:|")) + "---|");
            foreach (var s in run.Sizes.Where(s => s.Addition is not null))
            {
                var a = s.Addition!;
                Line(string.Create(c, $"| {s.Reports:#,0} | {F(a.Seconds)} | {F(a.PeakRssMb)} | {string.Join(" | ", IngestFigures.StageNames.Select(n => a.Stages.TryGetValue(n, out var v) ? F(v) : "–"))} | {(a.IndexUpdated ? "updated" : "rebuilt")} |"));
            }
            Line();
        }
        Line("### Search, p50 / p99 ms (warm, in-process; FTS5 top 20 by rank; ripgrep a scan of the files)");
        Line();
        Line("| reports | query | product | FTS5 | ripgrep | × FTS5 | × ripgrep | found: product / FTS5 / ripgrep |");
        Line("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in run.Sizes)
        {
            foreach (var r in s.Search.Rows)
                Line(string.Create(c, $"| {s.Reports:#,0} | {IssueTargets.Name(r.Kind)} ({r.Queries}) | {L(r.Product)} | {L(r.Fts5)} | {(r.Ripgrep is null ? "–" : L(r.Ripgrep))} | {F(r.VsFts5)} | {(r.VsRipgrep is double x ? F(x) : "–")} | {r.Found.Product:#,0} / {r.Found.Fts5:#,0} / {(r.Found.Ripgrep is long g ? g.ToString("#,0", c) : "–")} |"));
            Line(string.Create(c, $"| {s.Reports:#,0} | symbol lookup alone (FindSymbol) | {L(s.Search.SymbolLookupOnly)} | | | | | |"));
        }
        if (run.Sizes.Select(s => s.Search.RipgrepNote).FirstOrDefault(n => n is not null) is { } note) Line($"\n{note}");
        Line();
        Line("Queries: " + string.Join("; ", run.Sizes[^1].Search.Rows.Select(r => $"{IssueTargets.Name(r.Kind)}: {r.Examples}")));
        Line();
        Line("### Navigation, p50 / p99 ms (KbStore snapshot + ImplementationTree, as the pages)");
        Line();
        Line("| reports | way | nearest to | document | descendants | p50 / p99 |");
        Line("|---:|---|---:|---|---:|---:|");
        foreach (var s in run.Sizes)
            foreach (var r in s.Navigation.Rows)
                Line(string.Create(c, $"| {s.Reports:#,0} | {r.Way} | {r.Target:#,0} | {r.Document} | {r.Descendants:#,0} | {L(r.Latency)} |"));
        Line();
        Line("### HTTP on loopback (bench/DanVanKb.Load), p50 / p99 ms per page");
        Line();
        Line("| reports | mix | clients | s | req/s | errors | " + string.Join(" | ", Pages) + " | server RSS MB |");
        Line("|---:|---|---:|---:|---:|---:|" + string.Concat(Pages.Select(_ => "---:|")) + "---:|");
        foreach (var s in run.Sizes)
            foreach (var p in s.Http.Phases)
            {
                var pages = Pages.Select(name => p.Result.Pages.FirstOrDefault(x => x.Page == name) is { } fig ? $"{F(fig.P50Ms)} / {F(fig.P99Ms)}" : "–");
                Line(string.Create(c, $"| {s.Reports:#,0} | {p.Mix} | {p.Result.Clients} | {F(p.Result.Seconds)} | {F(p.Result.RequestsPerSecond)} | {p.Result.Errors} | {string.Join(" | ", pages)} | {F(p.Result.RssStartMb)} → {F(p.Result.RssEndMb)} |"));
            }
        foreach (var s in run.Sizes)
            Line(string.Create(c, $"\n{s.Reports:#,0} reports: server RSS {F(s.Http.RssBeforeMb)} MB after start, {F(s.Http.RssAfterMb)} MB after the last phase."));
        Line();
        Line("### Targets (ratio ≥ 1 meets the target)");
        Line();
        Line("| target | size | measured | required | ratio | |");
        Line("|---|---:|---:|---:|---:|---|");
        foreach (var v in run.Verdicts)
            Line($"| {v.Target} | {v.Size} | {v.Measured} | {v.Required} | {(v.Ratio is double r ? F(r) : "–")} | {(v.Status == VerdictStatus.Missed ? "**MISSED**" : v.StatusText)} |");
        var missed = run.Verdicts.Count(v => v.Status == VerdictStatus.Missed);
        Line(string.Create(c, $"\n{run.Verdicts.Count(v => v.Status == VerdictStatus.Met)} met, {missed} missed, {run.Verdicts.Count(v => v.Status == VerdictStatus.NotMeasured)} not measured."));
        if (run.RealReports is { } real)
        {
            Line();
            Line("### The synthetic corpus beside the real reports (counted with Extractor.Extract)");
            Line();
            Line("```");
            sb.Append(CorpusStatistics.Table(real, run.Sizes[^1].Extraction.Statistics with { Name = "synthetic" }));
            Line("```");
        }
        return sb.ToString();
    }

    private static readonly string[] Pages = ["search", "api-search", "document", "api-document", "tree", "api-tree"];
}
