using DanVanKb.Core.Checking;
using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Reading;

/// <summary>The knowledge base as the checker's catalog of known documents.</summary>
public sealed class KbCatalog(KbReader reader) : IDocumentCatalog
{
    public IReadOnlyList<KnownDocument> BySymbol(string canonicalSymbol) =>
        [.. reader.FindBySymbol(canonicalSymbol).Where(d => string.Equals(d.Symbol, canonicalSymbol, StringComparison.OrdinalIgnoreCase)).Select(ToKnown)];

    public IReadOnlyList<KnownDocument> ByWrittenSymbol(string writtenSymbol) =>
        [.. reader.FindBySymbol(writtenSymbol).Select(ToKnown)];

    public IReadOnlyList<KnownDocument> ByNumber(string number) => [.. reader.FindByNumber(number).Select(ToKnown)];

    public static KnownDocument ToKnown(DocumentRow d) => new(
        d.Id, d.Type, d.Symbol, PartialDate.ParseIso(d.Date), d.Issuer, LevelNames.FromExport(d.Level), d.Locality, d.Title,
        [.. d.Variants.Select(v => new DateVariant(v.Symbol, PartialDate.ParseIso(v.Date), v.Count))],
        d.Variants.SelectMany(v => v.Sources).Distinct().Count(),
        d.DateReason);
}
