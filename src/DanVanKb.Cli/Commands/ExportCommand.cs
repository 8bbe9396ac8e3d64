using System.CommandLine;

using DanVanKb.Storage;
using DanVanKb.Storage.Export;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Cli.Commands;

/// <summary>`export [--format json] [--out FILE]`: the knowledge base as the export contract.</summary>
public static class ExportCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the knowledge base as JSON (spec/export.md)") { format, output };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            using var reader = KbAccess.OpenFresh(kb);
            var model = reader.Export();
            var file = parse.GetValue(output);
            if (file is null)
            {
                using var ms = new MemoryStream();
                ExportWriter.Write(model, ms);
                stdout.Write(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
                stdout.Flush();
            }
            else
            {
                var tmp = file + ".tmp";
                using (var fs = File.Create(tmp)) ExportWriter.Write(model, fs);
                File.Move(tmp, file, overwrite: true);
                stderr.WriteLine($"wrote {model.Documents.Count} documents, {model.Relations.Count} relations to {file}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
