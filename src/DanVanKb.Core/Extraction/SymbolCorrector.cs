using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>A symbol's issuer code must agree with the body the text names. When it does not
/// ("Chỉ thị số 16-CT/TW … của Thủ tướng Chính phủ", "Chỉ thị 15-CT/TW … của Tỉnh ủy"), the named body
/// wins and the written form is kept as a variant.</summary>
internal static class SymbolCorrector
{
    public static DocumentSymbol Correct(DocumentSymbol symbol, Issuer? issuer)
    {
        if (issuer is null || symbol.Style != SymbolStyle.Party || symbol.IssuerCodes is not ["TW"]) return symbol;
        var name = issuer.Name;
        if (name.Contains("Thủ tướng", StringComparison.Ordinal))
            return symbol with { Style = SymbolStyle.State, IssuerCodes = ["TTg"] };
        if (name.StartsWith("Chính phủ", StringComparison.Ordinal))
            return symbol with { Style = SymbolStyle.State, IssuerCodes = ["CP"] };
        if (issuer.Level == Level.Province && name.Contains("Tỉnh ủy", StringComparison.Ordinal))
            return symbol with { IssuerCodes = ["TU"] };
        if (issuer.Level == Level.District && name.Contains("Huyện ủy", StringComparison.Ordinal))
            return symbol with { IssuerCodes = ["HU"] };
        return symbol;
    }
}
