using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>A mention with its place inside its text unit: where the citation starts (its type word),
/// where its core (symbol, date, issuer) ends, where its title starts, and its segment.</summary>
internal sealed record LocatedMention(Mention Mention, TextUnit Unit, int Start, int CoreEnd, int TitleStart, int End, int SegmentIndex)
{
    public string? IssuerPhrase { get; init; }

    /// <summary>For a named reference: a full mention written right after it in brackets.</summary>
    public bool HasBracketedSymbolAfter { get; init; }

    /// <summary>For a name another citation gave a numbered document ("Luật Tiếp công dân số 42/2013/QH13"): that
    /// document's symbol.</summary>
    public string? AliasOf { get; init; }
}
