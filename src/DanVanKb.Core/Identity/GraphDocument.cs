using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>A document of the knowledge base: every report's view of it merged, canonical values chosen
/// from the evidence, the variants kept.</summary>
public sealed record GraphDocument(
    string Id,
    string Type,
    DocumentSymbol? Symbol,
    PartialDate? Date,
    Issuer? Issuer,
    string? Title,
    IReadOnlyList<GraphVariant> Variants,
    bool Conflict,
    int Mentions,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> OwnOf,
    string DateReason)
{
    /// <summary>The number of a document cited without its symbol; otherwise the symbol's.</summary>
    public string? Number { get; init; }

    public Level? Level => Issuer?.Level;

    public string? Locality => Issuer?.Locality;

    /// <summary>Known only because reports cite it: no report in the knowledge base is this document.</summary>
    public bool CitedOnly => OwnOf.Count == 0;
}
