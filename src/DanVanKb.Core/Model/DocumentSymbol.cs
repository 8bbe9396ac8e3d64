using System.Text.Json.Serialization;

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

    /// <summary>What joins a State symbol's type to its issuers: "-", or "/" in a joint resolution's
    /// 19/2008/NQLT/CP-UBTƯMTTQVN.</summary>
    public string TypeSeparator { get; init; } = "-";

    public string Canonical => Style switch
    {
        SymbolStyle.Party => $"{Number}-{TypeCode}/{IssuerPart}",
        SymbolStyle.EarlyState => $"{Number}-{IssuerPart}",
        _ => $"{Number}/{(Year is int y ? $"{y}/" : "")}{(TypeCode is null ? "" : TypeCode + TypeSeparator)}{IssuerPart}",
    };

    /// <summary>What two mentions of one document share however the type was joined to the issuers: a joint circular
    /// written 01/2005/TTLT/BTTUBTWMTTQVN-BNV in a preamble and 01/2005/TTLT-BTTUBTWMTTQVN-BNV in a list is one.</summary>
    [JsonIgnore] // derived, and used only to group mentions: stored extractions and the extract command's output stay as they were
    public string Key => TypeSeparator == "-" ? Canonical : (this with { TypeSeparator = "-" }).Canonical;

    /// <summary>The symbol without its type code: two mentions that only differ there (22-QC/TU, 22-QĐ/TU)
    /// may still be one document.</summary>
    public string NumberAndIssuer => $"{Number}|{Year}|{IssuerPart}";

    public override string ToString() => Canonical;
}
