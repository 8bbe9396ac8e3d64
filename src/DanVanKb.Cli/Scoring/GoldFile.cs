using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVanKb.Cli.Scoring;

/// <summary>A hand-made answer file for one report (tests/DanVanKb.Cli.Tests/Gold/README.md).</summary>
public sealed record GoldFile(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("documents")] IReadOnlyList<GoldDocument> Documents,
    [property: JsonPropertyName("relations")] IReadOnlyList<GoldRelation> Relations)
{
    public static GoldFile Load(string path) =>
        JsonSerializer.Deserialize<GoldFile>(System.IO.File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty gold file");
}

public sealed record GoldDocument(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("level")] string? Level);

public sealed record GoldRelation(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("type")] string Type);
