using System.CommandLine;

using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Cli.Commands;

/// <summary>`ingest PATH... [--data DIR]`: reads reports into the knowledge base, with progress and a summary.
/// A folder given is synced: its new and changed files are read, and the reports whose files are gone
/// from it are withdrawn.</summary>
public static class IngestCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or folders of reports (a folder is synced: reports whose files are gone from it are withdrawn)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Read reports into the knowledge base") { paths };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            var progress = new Progress(stderr);
            // the lock is held from the first report to the index commit: no other writer in between
            using var held = KbLock.Acquire(kb);
            // an index that held every report before this run is updated with what the run changed
            var whole = KbIndexer.IsWhole(kb);
            var summary = KbIngestor.Ingest(kb, parse.GetValue(paths)!, held, progress);
            Print(summary, kb, stdout);
            FaultInjection.ThrowIfAfterCommit();
            var indexing = System.Diagnostics.Stopwatch.StartNew();
            // the reports and the graph are written: what extraction and the rebuild left in the heap goes back to
            // the system before the index build, the run's other peak
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (KbIndexer.AfterIngest(kb, whole, summary.Touched) is { } index) ReindexCommand.Print(index, kb, stdout);
            else stdout.WriteLine($"  search:     up to date in {kb.LuceneDirectory}");
            if (summary.Stages is { } stages)
                stdout.WriteLine($"  stages:     {stages with { Index = indexing.Elapsed.TotalSeconds, Wall = stages.Wall + indexing.Elapsed.TotalSeconds }}");
            foreach (var r in summary.Refused) stderr.WriteLine($"{r.File}: refused: {r.Reason}");
            return summary.Refused.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(IngestSummary s, KbPaths kb, TextWriter o)
    {
        o.WriteLine($"Ingested into {kb.Database}");
        o.WriteLine($"  files:      {s.Counts()}, {s.Refused.Count} refused ({s.Files} read)");
        o.WriteLine($"  reports:    {s.Sources} in the knowledge base");
        o.WriteLine($"  documents:  {s.Documents}");
        o.WriteLine($"  relations:  {s.Relations}");
        o.WriteLine($"  conflicts:  {s.Conflicts} documents cited with disagreeing dates or symbols");
    }

    /// <summary>Writes a progress line per file to standard error, so standard output stays a summary.</summary>
    private sealed class Progress(TextWriter stderr) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress p) => stderr.WriteLine($"[{p.Done}/{p.Total}] {p.Outcome,-9} {p.Described}");
    }
}
