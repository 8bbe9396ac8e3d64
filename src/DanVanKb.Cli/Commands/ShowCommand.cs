using System.CommandLine;

using DanVanKb.Core.Checking;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Naming;

namespace DanVanKb.Cli.Commands;

/// <summary>`show SYMBOL`: the canonical citation, the variants with the reports that wrote them, what the
/// document implements and what implements it. A report is named as on the site: type, number, date and
/// issuer, then its file relative to the folder ingested.</summary>
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
            var sources = reader.Sources().ToDictionary(s => s.Id);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            string Report(string id)
            {
                if (names.TryGetValue(id, out var known)) return known;
                if (!sources.TryGetValue(id, out var s)) return names[id] = id;
                var n = ReportName.Of(s, s.Document is { } own ? reader.Document(own) : null);
                return names[id] = $"{n.Name} ({n.File})";
            }
            if (docs.Count > 1) stdout.WriteLine($"{docs.Count} documents share the symbol {query}:\n");
            foreach (var d in docs) Print(d, reader, Report, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(DocumentRow d, KbReader reader, Func<string, string> report, TextWriter o)
    {
        o.WriteLine(Web.Knowledge.Citation.Full(d));
        o.WriteLine($"  type: {d.Type}   symbol: {d.Symbol ?? "(none)"}   date: {d.Date ?? "(unknown)"} ({d.DateReason})");
        o.WriteLine($"  issuer: {d.Issuer ?? "(unknown)"}   level: {d.Level ?? "-"}   locality: {d.Locality ?? "-"}");
        o.WriteLine($"  mentions: {d.Mentions}{(d.CitedOnly ? "   known only from citations" : "")}{(d.Conflict ? "   CONFLICT: the reports disagree" : "")}");
        o.WriteLine("  written as:");
        foreach (var v in d.Variants)
        {
            o.WriteLine($"    {v.Symbol} {v.Date ?? "(no date)"} x{v.Count}  in:");
            foreach (var s in v.Sources) o.WriteLine($"      {report(s)}");
        }
        var up = reader.RelationsFrom(d.Id);
        var down = reader.RelationsTo(d.Id);
        if (up.Count > 0) o.WriteLine("  this document:");
        foreach (var r in up) o.WriteLine($"    {r.Type} {Name(reader, r.To)}   [{report(r.Source)}, line {r.Line}]");
        if (down.Count > 0) o.WriteLine("  acted on by:");
        foreach (var r in down) o.WriteLine($"    {Name(reader, r.From)} {r.Type} it   [{report(r.Source)}, line {r.Line}]");
        o.WriteLine();
    }

    private static string Name(KbReader reader, string id) =>
        reader.Document(id) is { } d ? d.Symbol is null ? $"{d.Type} ({d.Issuer ?? d.Id})" : $"{d.Type} {d.Symbol}{(d.Year is int y ? $" ({y})" : "")}" : id;
}
