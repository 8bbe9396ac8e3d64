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
    /// <summary>For a document cited by type and number only ("Nghị quyết số 04 ngày 30/10/2016 của BCH Trung
    /// ương"): its number. A document with a symbol has its number there.</summary>
    public string? Number { get; init; }

    public bool IsOwn => LocalId == OwnId;

    public const string OwnId = "self";
}
