namespace DanVanKb.Core.Checking;

/// <summary>What the checker needs from the knowledge base: documents by canonical symbol, or by a
/// symbol as some report wrote it.</summary>
public interface IDocumentCatalog
{
    IReadOnlyList<KnownDocument> BySymbol(string canonicalSymbol);

    IReadOnlyList<KnownDocument> ByWrittenSymbol(string writtenSymbol);

    /// <summary>Documents with this number, whatever the rest of their symbol (for a symbol written
    /// without its year or with the wrong issuer code).</summary>
    IReadOnlyList<KnownDocument> ByNumber(string number);
}
