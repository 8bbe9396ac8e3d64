using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Identity;

/// <summary>The years of the Party's central terms (khóa) and of the legislature's, as data.</summary>
public static partial class Terms
{
    // Party Congress terms: khóa IX 2001–2006 … khóa XIV from 2026; a term's documents date from its congress
    private static readonly Dictionary<string, (int, int)> PartyCentral = new()
    {
        ["VIII"] = (1996, 2001),
        ["IX"] = (2001, 2006),
        ["X"] = (2006, 2011),
        ["XI"] = (2011, 2016),
        ["XII"] = (2016, 2021),
        ["XIII"] = (2021, 2026),
        ["XIV"] = (2026, 2031),
    };

    [GeneratedRegex(@"khóa\s+(?<k>[IVX]+)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Khoa();

    public static (int From, int To)? PartyTermOf(string? issuerName)
    {
        if (issuerName is null || !issuerName.Contains("Trung ương", StringComparison.Ordinal) && !issuerName.Contains("Bộ Chính trị", StringComparison.Ordinal) && !issuerName.Contains("Ban Bí thư", StringComparison.Ordinal))
            return null;
        var m = Khoa().Match(issuerName);
        return m.Success && PartyCentral.TryGetValue(m.Groups["k"].Value.ToUpperInvariant(), out var range) ? range : null;
    }

    /// <summary>QH15 was elected in 2021: its acts date 2021–2026 (a term is five years, the first from 1946).</summary>
    public static (int From, int To)? LegislatureTermOf(DocumentSymbol symbol)
    {
        foreach (var code in symbol.IssuerCodes)
            if (IssuerCodes.Term(code) is int t && t >= 6)
            {
                var from = 1976 + (t - 6) * 5 + (t >= 11 ? 1 : 0);
                return (from, from + 5);
            }
        return null;
    }
}
