using System.Text;

using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Writing;

/// <summary>A report's extraction as the store keeps it: the result (its mentions have their own table), the
/// JSON the graph's relations are read from, and its cited documents staged by partition. Made beside the
/// extraction, on the ingest's workers, so that the one writer only writes.</summary>
public sealed record StoredExtraction
{
    private StoredExtraction(ExtractionResult result, string graphJson, IReadOnlyList<StagedCitation> citations) =>
        (Result, GraphJson, Citations) = (result, graphJson, citations);

    public ExtractionResult Result { get; }

    public string GraphJson { get; }

    internal IReadOnlyList<StagedCitation> Citations { get; }

    public static StoredExtraction Of(ExtractionResult result)
    {
        var json = ExtractionJson.SerializeForGraph(result);
        // staged from the JSON read back: exactly what staging the stored row again would give
        var documents = ExtractionJson.DeserializeDocuments(Encoding.UTF8.GetBytes(json)).Documents;
        return new StoredExtraction(result, json, StagedCitations.Of(documents));
    }
}
