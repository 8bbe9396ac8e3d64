using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>What the report's header, title block and signature say about the report itself. Symbol null with
/// NoSymbol set means the number is blank (Số: /BC-UBND).</summary>
public sealed record ExpectedOwnDocument(
    string? Type = null,
    string? Symbol = null,
    bool NoSymbol = false,
    string? Date = null,
    Level? Level = null,
    string? Locality = null,
    string? Issuer = null,
    string? TitleStart = null,
    string? Signer = null,
    string? SignatureRoleStart = null);
