namespace DanVanKb.Core.Model;

/// <summary>Party symbols put the number first and the issuer after a slash (25-NQ/TW); State symbols
/// put the type after the slash (33/CT-TTg); the government's symbols of the 1970s to 1990s joined the number
/// to the issuer with a hyphen (61-CP, 217-HĐBT).</summary>
public enum SymbolStyle
{
    Party,
    State,
    EarlyState,
}
