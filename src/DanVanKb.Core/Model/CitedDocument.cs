namespace DanVanKb.Core.Model;

/// <summary>A document as one report knows it: its mentions merged, its best values chosen.</summary>
public sealed record CitedDocument(
    string LocalId,
    string Type,
    DocumentSymbol? Symbol,
    PartialDate? Date,
    Issuer? Issuer,
    string? Title,
    IReadOnlyList<int> Mentions,
    IReadOnlyList<DateVariant> Variants)
{
    public bool IsOwn => LocalId == OwnId;

    public const string OwnId = "self";
}
