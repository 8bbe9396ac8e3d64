namespace DanVanKb.Search.Indexing;

/// <summary>A document of the knowledge base, as the index needs it.</summary>
public sealed record IndexDocument(
    string Id,
    string Type,
    string? Number,
    string? Symbol,
    int? Year,
    string? Issuer,
    string? Level,
    string? Locality,
    string? Title,
    int Mentions,
    IReadOnlyList<string> Variants)
{
    /// <summary>Where the document comes from, for the "locality/issuer" filter: its locality, or the
    /// issuer of a central document.</summary>
    public string? Place => Locality ?? (Level == "central" ? "Trung ương" : Issuer);

    /// <summary>Everything the document's record is made of, as one value: the record is rewritten when it
    /// changes (IndexUpdater).</summary>
    public string Fingerprint => string.Join('\u001f', [Id, Type, Number, Symbol, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Issuer, Level, Locality, Title, Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture), .. Variants]);

    /// <summary>What the passages citing the document take from it (their filter values): they are rewritten
    /// when it changes.</summary>
    public string Facets => string.Join('\u001f', Type, Level, Place, Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>What the document record's text says: type, symbol, title, issuer, variants.</summary>
    public string Body => string.Join(" · ", new[]
    {
        Symbol is null ? Type : $"{Type} {Symbol}",
        Title,
        Issuer,
        Variants.Count > 0 ? string.Join(", ", Variants.Where(v => v != Symbol).Distinct()) : null,
    }.Where(s => !string.IsNullOrEmpty(s)));
}
