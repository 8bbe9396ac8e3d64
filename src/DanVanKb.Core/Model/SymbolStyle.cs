namespace DanVanKb.Core.Model;

/// <summary>Party symbols put the number first and the issuer after a slash (25-NQ/TW); State symbols
/// put the type after the slash (33/CT-TTg).</summary>
public enum SymbolStyle
{
    Party,
    State,
}
