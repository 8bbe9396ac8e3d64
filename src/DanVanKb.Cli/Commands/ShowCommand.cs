using System.CommandLine;

using DanVanKb.Core.Checking;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Commands;

/// <summary>`show SYMBOL`: the canonical citation, the variants with their sources, what the document
/// implements and what implements it.</summary>
public static class ShowCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var symbol = new Argument<string>("symbol") { Description = "A số và ký hiệu, e.g. 25-NQ/TW" };
        var command = new Command("show", "Show a document: citation, variants, relations") { symbol };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            using var reader = KbAccess.OpenFresh(kb);
            var query = parse.GetValue(symbol)!;
            var docs = reader.FindBySymbol(query);
            if (docs.Count == 0)
            {
                stderr.WriteLine($"danvankb: no document {query} in {kb.Database}");
                return ExitCodes.NotFound;
            }
            var files = reader.Sources().ToDictionary(s => s.Id, s => s.File);
            if (docs.Count > 1) stdout.WriteLine($"{docs.Count} documents share the symbol {query}:\n");
            foreach (var d in docs) Print(d, reader, files, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(DocumentRow d, KbReader reader, IReadOnlyDictionary<string, string> files, TextWriter o)
    {
        o.WriteLine(CitationFormatter.Full(KbCatalog.ToKnown(d)));
        o.WriteLine($"  type: {d.Type}   symbol: {d.Symbol ?? "(none)"}   date: {d.Date ?? "(unknown)"} ({d.DateReason})");
        o.WriteLine($"  issuer: {d.Issuer ?? "(unknown)"}   level: {d.Level ?? "-"}   locality: {d.Locality ?? "-"}");
        o.WriteLine($"  mentions: {d.Mentions}{(d.CitedOnly ? "   known only from citations" : "")}{(d.Conflict ? "   CONFLICT: the reports disagree" : "")}");
        o.WriteLine("  written as:");
        foreach (var v in d.Variants)
            o.WriteLine($"    {v.Symbol} {v.Date ?? "(no date)"} x{v.Count}  in {string.Join(", ", v.Sources.Select(s => files.GetValueOrDefault(s, s)))}");
        var up = reader.RelationsFrom(d.Id);
        var down = reader.RelationsTo(d.Id);
        if (up.Count > 0) o.WriteLine("  this document:");
        foreach (var r in up) o.WriteLine($"    {r.Type} {Name(reader, r.To)}   [{files.GetValueOrDefault(r.Source, r.Source)}:{r.Line}]");
        if (down.Count > 0) o.WriteLine("  acted on by:");
        foreach (var r in down) o.WriteLine($"    {Name(reader, r.From)} {r.Type} it   [{files.GetValueOrDefault(r.Source, r.Source)}:{r.Line}]");
        o.WriteLine();
    }

    private static string Name(KbReader reader, string id) =>
        reader.Document(id) is { } d ? d.Symbol is null ? $"{d.Type} ({d.Issuer ?? d.Id})" : $"{d.Type} {d.Symbol}{(d.Year is int y ? $" ({y})" : "")}" : id;
}
