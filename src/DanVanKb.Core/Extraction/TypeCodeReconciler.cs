using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>Party type codes that writers confuse: a Quy định is QĐi, not QĐ (Quyết định); a Chương trình is
/// CTr, not CT (Chỉ thị). When every type word in the report names the other type, the code is the slip.</summary>
internal static class TypeCodeReconciler
{
    private static readonly (string Written, string Type, string Correct)[] Slips =
    [
        ("QĐ", "Quy định", "QĐi"),
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
