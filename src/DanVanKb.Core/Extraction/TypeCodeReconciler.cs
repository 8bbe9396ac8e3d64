using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>Party type codes that writers confuse: a Chương trình is CTr, not CT (Chỉ thị). When the report's
/// type words name a Chương trình, the CT is the slip. (A Quy định written QĐ is kept: the Trung ương itself
/// numbers Quy định both ways, 37-QĐ/TW and 11-QĐi/TW, so the text is the evidence.)</summary>
internal static class TypeCodeReconciler
{
    private static readonly (string Written, string Type, string Correct)[] Slips =
    [
        ("CT", "Chương trình", "CTr"),
    ];

    public static DocumentSymbol Reconcile(DocumentSymbol symbol, string type)
    {
        if (symbol.Style != SymbolStyle.Party) return symbol;
        foreach (var (written, t, correct) in Slips)
            if (symbol.TypeCode == written && type == t) return symbol with { TypeCode = correct };
        return symbol;
    }
}
