using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Writing;

/// <summary>Each report's extraction is stored whole, so the graph can be rebuilt from the store alone.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        IncludeFields = false,
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static ExtractionResult Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionResult>(json, Options) ?? throw new KbException("stored extraction is empty");
}
