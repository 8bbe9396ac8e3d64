using DanVanKb.Core.Checking;
using DanVanKb.Core.Extraction;
using DanVanKb.Core.Identity;

namespace DanVanKb.Core.Tests.Checking;

/// <summary>A catalog over a graph built from report snippets by the real extractor and graph builder.</summary>
public sealed class GraphCatalog(params string[] reports) : IDocumentCatalog
{
    private readonly IReadOnlyList<KnownDocument> docs = [.. GraphBuilder.Build(
            [.. reports.Select((t, i) => new SourceExtraction($"src-{i}", $"r{i}.txt", Extractor.Extract(t)))])
        .Documents.Where(d => d.Symbol is not null)
        .Select(d => new KnownDocument(d.Id, d.Type, d.Symbol!.Canonical, d.Date, d.Issuer?.Name, d.Level, d.Locality, d.Title,
            [.. d.Variants.Select(v => new DanVanKb.Core.Model.DateVariant(v.Symbol, v.Date, v.Count))], d.Sources.Count, d.DateReason))];

    public IReadOnlyList<KnownDocument> BySymbol(string canonicalSymbol) => [.. docs.Where(d => d.Symbol == canonicalSymbol)];

    public IReadOnlyList<KnownDocument> ByWrittenSymbol(string writtenSymbol) => [.. docs.Where(d => d.Variants.Any(v => v.Symbol == writtenSymbol))];

    public IReadOnlyList<KnownDocument> ByNumber(string number) => [.. docs.Where(d => d.Symbol!.StartsWith(number + "-", StringComparison.Ordinal) || d.Symbol.StartsWith(number + "/", StringComparison.Ordinal))];
}
