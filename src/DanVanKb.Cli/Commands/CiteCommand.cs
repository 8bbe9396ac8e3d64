using System.CommandLine;

using DanVanKb.Core.Checking;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Commands;

/// <summary>`cite SYMBOL`: the citation in the official style, its short form, and how far to trust it.</summary>
public static class CiteCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var symbol = new Argument<string>("symbol") { Description = "A số và ký hiệu, e.g. 25-NQ/TW" };
        var command = new Command("cite", "The correct citation of a document, and how far to trust it") { symbol };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            using var reader = KbAccess.OpenFresh(kb);
            var docs = reader.FindBySymbol(parse.GetValue(symbol)!).Select(Web.Knowledge.Citation.Known).ToList();
            if (docs.Count == 0)
            {
                stderr.WriteLine($"danvankb: no document {parse.GetValue(symbol)} in {kb.Database}");
                return ExitCodes.NotFound;
            }
            if (docs.Count > 1) stdout.WriteLine($"{docs.Count} documents share this symbol:\n");
            foreach (var d in docs)
            {
                stdout.WriteLine(CitationFormatter.Full(d));
                stdout.WriteLine($"  short form: {CitationFormatter.Short(d)}");
                stdout.WriteLine($"  evidence:   {TrustNote.For(d)}");
                stdout.WriteLine();
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
