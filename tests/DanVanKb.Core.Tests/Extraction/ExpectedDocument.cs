using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>A cited document a domain expert reads in a snippet. Only the fields given are checked: Issuer is a
/// part of the issuer's name, Title the whole title (case aside), Undated that it has no date. A central document
/// has no locality.</summary>
public sealed record ExpectedDocument(
    string Symbol,
    string? Type = null,
    string? Date = null,
    Level? Level = null,
    string? Locality = null,
    string? Issuer = null,
    string? Title = null,
    int? Mentions = null,
    bool Undated = false);
