namespace DanVanKb.Core.Model;

/// <summary>A parsed số và ký hiệu. <see cref="Canonical"/> is the correctly written form.</summary>
public sealed record DocumentSymbol(
    string Number,
    int? Year,
    string? TypeCode,
    IReadOnlyList<string> IssuerCodes,
    SymbolStyle Style)
{
    public string IssuerPart => string.Join('-', IssuerCodes);

    public string Canonical => Style switch
    {
        SymbolStyle.Party => $"{Number}-{TypeCode}/{IssuerPart}",
        _ => $"{Number}/{(Year is int y ? $"{y}/" : "")}{(TypeCode is null ? "" : TypeCode + "-")}{IssuerPart}",
    };

    /// <summary>The symbol without its type code: two mentions that only differ there (22-QC/TU, 22-QĐ/TU)
    /// may still be one document.</summary>
    public string NumberAndIssuer => $"{Number}|{Year}|{IssuerPart}";

    public override string ToString() => Canonical;
}
