using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Writing;

/// <summary>Each report's extraction is stored so the graph can be rebuilt from the store alone.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        IncludeFields = false,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>What the graph is rebuilt from: the report, its documents and relations. The mentions have
    /// their own table and the diagnostics are not part of the graph; leaving them out keeps a citation-
    /// dense report's row (and a rebuild's memory) a fraction of the size.</summary>
    public static string SerializeForGraph(ExtractionResult result) =>
        Serialize(result with { Mentions = [], Diagnostics = [] });

    public static ExtractionResult Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionResult>(json, Options) ?? throw new KbException("stored extraction is empty");

    /// <summary>A stored extraction's report and documents only (its UTF-8 bytes as SQLite holds them): what a
    /// graph rebuild reads of every report; the relations' sentences are skipped, not built.</summary>
    public static ExtractionResult DeserializeDocuments(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<DocumentsPart>(utf8, Options) is { } part ? new ExtractionResult(part.Report, [], part.Documents, [], [])
            : throw new KbException("stored extraction is empty");

    /// <summary>A stored extraction's relations only.</summary>
    public static IReadOnlyList<Relation> DeserializeRelations(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<RelationsPart>(utf8, Options)?.Relations ?? throw new KbException("stored extraction is empty");

    private sealed record DocumentsPart(ReportInfo Report, IReadOnlyList<CitedDocument> Documents);

    private sealed record RelationsPart(IReadOnlyList<Relation> Relations);
}
