using System.CommandLine;

using DanVanKb.Core.Checking;
using DanVanKb.Core.Text;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Commands;

/// <summary>`check FILE`: every citation of a draft checked against the knowledge base, reported
/// compiler-style (file:line:column: severity: message); exits 1 when it found errors.</summary>
public static class CheckCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The draft (.txt or .md)" };
        var all = new Option<bool>("--all") { Description = "Also list the citations that are correct" };
        var command = new Command("check", "Check the citations of a draft against the knowledge base") { file, all };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (ReportInput.Read(path, stderr) is not string text) return ExitCodes.Error;
            var kb = new KbPaths(parse.GetValue(data)!);
            using var reader = KbAccess.OpenFresh(kb);
            var findings = DraftChecker.Check(text, new KbCatalog(reader));
            foreach (var f in findings.Where(f => parse.GetValue(all) || f.Kind != FindingKind.Correct))
                stdout.WriteLine($"{path}:{f.Span.Line}:{f.Span.Column}: {f.Severity.ToString().ToLowerInvariant()}: {f.Message}{(f.Suggestion is null ? "" : $" [suggest: {f.Suggestion}]")}");
            var errors = findings.Count(f => f.Severity == Severity.Error);
            var warnings = findings.Count(f => f.Severity == Severity.Warning);
            stdout.WriteLine($"{findings.Count(f => f.Kind == FindingKind.Correct)} citations correct, {errors} errors, {warnings} warnings");
            return errors > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
