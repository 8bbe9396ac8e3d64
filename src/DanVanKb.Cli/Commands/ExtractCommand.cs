using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Text;

namespace DanVanKb.Cli.Commands;

/// <summary>`extract FILE`: what one report yields (its own document, mentions, documents, relations,
/// diagnostics) as JSON, without touching any knowledge base.</summary>
public static class ExtractCommand
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A report file" };
        var command = new Command("extract", "Show what one report yields, without storing it") { file };
        command.SetAction(parse =>
        {
            if (ReportInput.Read(parse.GetValue(file)!, stderr) is not string text) return ExitCodes.Error;
            stdout.WriteLine(JsonSerializer.Serialize(Extractor.Extract(text), Options));
            return ExitCodes.Ok;
        });
        return command;
    }
}
