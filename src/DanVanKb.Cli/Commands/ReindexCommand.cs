using System.CommandLine;

using DanVanKb.Search.Indexing;
using DanVanKb.Storage;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Cli.Commands;

/// <summary>`reindex [--data DIR]`: rebuilds the search index (lucene/) from the knowledge base.</summary>
public static class ReindexCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("reindex", "Rebuild the search index from the knowledge base");
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            if (!kb.Exists)
            {
                stderr.WriteLine($"danvankb: {kb.Database}: no knowledge base here; run 'danvankb ingest PATH --data {kb.DataDirectory}' first");
                return ExitCodes.Error;
            }
            using var held = KbLock.Acquire(kb);
            KbAccess.CompleteGraph(kb, held);
            Print(KbIndexer.Rebuild(kb), kb, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Print(IndexSummary s, KbPaths kb, TextWriter o) =>
        o.WriteLine(s.Updated
            ? $"  search:     updated in {kb.LuceneDirectory}: {s.Documents} document records and {s.Passages} passages of {s.Reports} reports rewritten"
            : $"  search:     {s.Documents} documents and {s.Passages} passages of {s.Reports} reports indexed in {kb.LuceneDirectory}");
}
