using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Search.Analysis;

/// <summary>Keyword keys that make symbol lookup tolerant. A full key is the symbol's letters and digits,
/// folded, in order ("25-NQ/TW" and "25/NQ-TW" are both "25 nq tw"); a short key is the type code and the
/// number ("nq 25"), which is what people type ("nq 25", "kl 43", "Nghị quyết 25").</summary>
public static partial class SymbolKeys
{
    [GeneratedRegex(@"^[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)+$")]
    private static partial Regex SymbolShape();

    [GeneratedRegex(@"^(?<word>\p{L}[\p{L} ]*?)\s*\.?\s*(?:s[oố]\s*)?(?<num>\d{1,6})$")]
    private static partial Regex WordThenNumber();

    [GeneratedRegex(@"^(?<num>\d{1,6})\s*(?<word>\p{L}{1,6})$")]
    private static partial Regex NumberThenCode();

    /// <summary>The keys a document is found by, from its symbols (canonical and as written), number and type.</summary>
    public static IReadOnlyList<string> ForDocument(IEnumerable<string> symbols, string? number, string type)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in symbols)
        {
            if (Full(s) is { } full) keys.Add(full);
            if (SymbolParser.Parse(s) is { } parsed)
            {
                if (Full(parsed.Canonical) is { } canonical) keys.Add(canonical);
                if (parsed.TypeCode is { } code) keys.Add(Short(code, parsed.Number));
            }
        }
        if (number is not null && DocumentTypes.All.FirstOrDefault(t => t.Name == type) is { } dt)
            foreach (var code in dt.PartyCodes.Concat(dt.StateCodes)) keys.Add(Short(code, number));
        return [.. keys];
    }

    /// <summary>The keys a query may be looking up, or none when it does not look like a symbol.</summary>
    public static IReadOnlyList<string> ForQuery(string query)
    {
        var q = VietnameseNormalizationFilter.Normalize(query.Trim().Trim('"'));
        var keys = new List<string>();
        if (q.Any(char.IsDigit) && SymbolShape().IsMatch(q))
        {
            if (Full(q) is { } full) keys.Add(full);
            if (SymbolParser.Parse(q) is { } parsed && Full(parsed.Canonical) is { } canonical && !keys.Contains(canonical)) keys.Add(canonical);
        }
        if (NumberThenCode().Match(q) is { Success: true } nc)
            keys.Add(Short(nc.Groups["word"].Value, nc.Groups["num"].Value));
        if (WordThenNumber().Match(q) is { Success: true } wn)
        {
            var word = wn.Groups["word"].Value.Trim();
            if (DocumentTypes.FromWord(word) is { } type)
                keys.AddRange(type.PartyCodes.Concat(type.StateCodes).Select(c => Short(c, wn.Groups["num"].Value)));
            else if (!word.Contains(' ', StringComparison.Ordinal) && word.Length <= 6)
                keys.Add(Short(word, wn.Groups["num"].Value));
        }
        return [.. keys.Distinct()];
    }

    private static string? Full(string symbol)
    {
        var parts = Regex.Split(Fold(symbol), @"[^a-z0-9]+").Where(p => p.Length > 0).Select(TrimZeros).ToArray();
        return parts.Length >= 2 ? string.Join(' ', parts) : null;
    }

    private static string Short(string code, string number) => $"{Fold(code)} {TrimZeros(number)}";

    private static string TrimZeros(string part) =>
        part.All(char.IsAsciiDigit) && part.Length > 1 ? part.TrimStart('0') is { Length: > 0 } t ? t : "0" : part;

    /// <summary>Lower case, no accents, đ → d.</summary>
    public static string Fold(string s)
    {
        var d = VietnameseNormalizationFilter.Normalize(s).ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }
}
