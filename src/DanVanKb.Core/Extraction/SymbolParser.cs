using System.Globalization;
using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Finds and parses số và ký hiệu in both systems (domain.md), tolerating the slips real reports
/// make (30/KH- UBND, 25-KH-ĐU, 218/QĐ-TW), and rejecting the look-alikes around them (1.425/8.691,
/// 2016-2021, 10.000 đồng/kg).</summary>
public static partial class SymbolParser
{
    /// <summary>A code: upper-case letters and digits; an agency's code may join parts with "&amp;" or "."
    /// (VH&amp;TT, SGD&amp;ĐT, CT.UBBT, C.IV), the dot sometimes typed after a space (the 1990s "191/UB .TH").</summary>
    private const string Code = @"\p{Lu}[\p{L}0-9]{0,15}(?:(?:&|[ ]?\.)[\p{Lu}\d][\p{Lu}\d]{0,9})*";

    /// <summary>A number, possibly with a letter suffix (168a/QĐ-UBND, 30a/2008/NQ-CP).</summary>
    private const string Number = @"(?<num>\d{1,6}[a-z]?)";

    private const string Dash = "[-–]";

    /// <summary>Where a symbol may start: not inside a word or another number, except right after a "số" that a PDF
    /// glued to it ("Quyết định số64B-HĐBT").</summary>
    private const string Start = @"\G(?:(?<![\p{L}\d/.,\-])|(?<=[Ss]ố))";

    /// <summary>Party: 25-NQ/TW, 65-CTr/BDVTU-CATP; spaces around the separators are tolerated.</summary>
    [GeneratedRegex(Start + Number + @"[ ]?" + Dash + @"[ ]?(?<type>" + Code + @")[ ]?/[ ]?(?<iss>" + Code + @"(?:-[ ]?" + Code + @")*)(?![\p{L}\d])")]
    private static partial Regex PartyPattern();

    /// <summary>A Party symbol with a hyphen typed for the slash: 25-KH-ĐU.</summary>
    [GeneratedRegex(Start + Number + @"-(?<type>" + Code + @")-(?<iss>" + Code + @")(?![\p{L}\d/\-])")]
    private static partial Regex PartySlipPattern();

    /// <summary>State type codes a writer may join to the issuer with a slash for the hyphen (103/QĐ /BVHTTDL).</summary>
    private const string SlashedTypes = "(?:QĐ|KH|NQ|CT|TB|HD|BC|CV|TTr|NĐ|TT|QC|CTr|ĐA)";

    /// <summary>State: 33/CT-TTg, 28/2018/QĐ-TTg, 10/2022/QH15, 2480/UBND-NCPC, 1091/CATP; a joint
    /// resolution's type before a slash: 19/2008/NQLT/CP-UBTƯMTTQVN; a slash slipped in for the hyphen after a
    /// type: 103/QĐ /BVHTTDL.</summary>
    [GeneratedRegex(Start + Number + @"[ ]?/[ ]?(?:(?<year>(?:19|20)\d\d)[ ]?/[ ]?)?(?:(?<lt>[\p{Lu}]{2,6}LT)/|(?<slashed>" + SlashedTypes + @")[ ]?/[ ]?(?=\p{Lu}))?(?<codes>" + Code + @"(?:[ ]?" + Dash + @"[ ]?" + Code + @")*)(?![\p{L}\d])")]
    private static partial Regex StatePattern();

    /// <summary>The government's earlier symbols: a number, perhaps with a capital letter, and the issuing council
    /// (61-CP of the Hội đồng Chính phủ, 64B-HĐBT of the Hội đồng Bộ trưởng). Only these issuers: "25-NQ" alone is a
    /// Party symbol cut short.</summary>
    [GeneratedRegex(Start + @"(?<num>\d{1,6}[a-zA-Z]?)-(?<iss>CP|HĐBT)(?![\p{L}\d/\-])")]
    private static partial Regex EarlyStatePattern();

    /// <summary>A Party symbol with its hyphen dropped, the type glued to the number: 12NQ/TU. Only a known type with a
    /// known Party issuer makes it one ("4G/LTE", "12QĐ/UBND" are not).</summary>
    [GeneratedRegex(Start + @"(?<num>\d{1,6})(?<type>\p{Lu}[\p{Lu}r]{1,3})/(?<iss>" + Code + @")(?![\p{L}\d/\-])")]
    private static partial Regex PartyGluedPattern();

    [GeneratedRegex(@"(?<=\p{Lu}{2})(?:ngày|năm|của|về|số|và|tại|ban|quy|theo)\p{Ll}*$")]
    private static partial Regex GluedWord();

    public static IReadOnlyList<SymbolMatch> FindAll(string text)
    {
        var starts = DigitShapes.SymbolStarts(text);
        if (starts.Count == 0) return [];
        var found = new List<SymbolMatch>();
        var taken = new Text.Occupancy(text.Length);
        foreach (var shape in Shapes)
            foreach (var m in Matches(shape.Pattern, text, starts))
            {
                if (taken.Overlaps(m.Index, m.Index + m.Length)) continue;
                var written = m.Value;
                var end = m.Index + m.Length;
                // written as it is parsed (no space, en dash or Icelandic Ð), the match is the one Parse would make
                // of it: the shapes before this one cannot match it whole (each needs a separator it lacks)
                var symbol = Normalized(written) == (object)written ? Build(shape.Kind, m) : Parse(written);
                // a PDF that dropped a space glues the next word to the code ("UBNDngày"): retry without it
                if (symbol is null && GluedWord().Match(written) is { Success: true } glued)
                {
                    written = written[..glued.Index];
                    end = m.Index + written.Length;
                    symbol = Parse(written);
                }
                // a trailing code that is a word (Ban) may have been swallowed: retry without the tail
                while (symbol is null && written.LastIndexOf('-') is int cut && cut > 0 && written.IndexOfAny(['/', '-']) < cut)
                {
                    written = written[..cut].TrimEnd();
                    end = m.Index + written.Length;
                    symbol = Parse(written);
                }
                if (symbol is null) continue;
                found.Add(new SymbolMatch(m.Index, end, written, symbol));
                taken.Take(m.Index, end);
            }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A shape's matches, as its scan of the whole text would find them (leftmost first, each after the
    /// last), tried only where a symbol can start.</summary>
    private static IEnumerable<Match> Matches(Regex shape, string text, IReadOnlyList<int> starts)
    {
        var end = 0;
        foreach (var start in starts)
        {
            if (start < end) continue;
            var m = shape.Match(text, start);
            if (!m.Success) continue;
            end = m.Index + m.Length;
            yield return m;
        }
    }

    /// <summary>Parses one written symbol, or returns null when it is not one.</summary>
    public static DocumentSymbol? Parse(string written)
    {
        var s = Normalized(written);
        // the first shape that matches the whole of it decides
        foreach (var shape in Shapes)
        {
            var m = shape.Pattern.Match(s);
            if (m.Success && m.Length == s.Length) return Build(shape.Kind, m);
        }
        return null;
    }

    private enum ShapeKind { Party, PartySlip, State, EarlyState, PartyGlued }

    /// <summary>The shapes in the order they are tried: a Party symbol, its hyphen slip, a State symbol, an early
    /// State one, a Party one with its hyphen dropped. Each is anchored (\G) where it is asked to match.</summary>
    private static readonly (ShapeKind Kind, Regex Pattern)[] Shapes =
        [(ShapeKind.Party, PartyPattern()), (ShapeKind.PartySlip, PartySlipPattern()), (ShapeKind.State, StatePattern()), (ShapeKind.EarlyState, EarlyStatePattern()),
            (ShapeKind.PartyGlued, PartyGluedPattern())];

    /// <summary>Spaces dropped, en dash and Icelandic Ð as the hyphen and Đ they stand for; the same string when
    /// there is nothing to change.</summary>
    private static string Normalized(string written) =>
        written.AsSpan().IndexOfAny(" –Ð") < 0 ? written : written.Replace(" ", "", StringComparison.Ordinal).Replace('–', '-').Replace('Ð', 'Đ');

    private static DocumentSymbol? Build(ShapeKind kind, Match m)
    {
        switch (kind)
        {
            case ShapeKind.Party:
                return BuildParty(m.Groups["num"].Value, m.Groups["type"].Value, m.Groups["iss"].Value.Split('-'));
            case ShapeKind.PartySlip or ShapeKind.PartyGlued:
                // only a known type followed by a known Party issuer makes the slip a symbol
                var type = m.Groups["type"].Value;
                var iss = m.Groups["iss"].Value;
                return DocumentTypes.IsKnownCode(type) && IssuerCodes.IsParty(iss) ? BuildParty(m.Groups["num"].Value, type, [iss]) : null;
            case ShapeKind.EarlyState:
                return new DocumentSymbol(CanonicalNumber(m.Groups["num"].Value), null, null, [m.Groups["iss"].Value], SymbolStyle.EarlyState);
            default:
                var codes = m.Groups["codes"].Value.Split('-');
                var state = BuildState(m.Groups["num"].Value, m.Groups["year"].Success ? m.Groups["year"].Value : null,
                    m.Groups["slashed"].Success ? [m.Groups["slashed"].Value, .. codes] : codes);
                // "NQLT/CP-…": the joint type is written before a slash, the issuers after it
                return state is not null && m.Groups["lt"].Success
                    ? state with { TypeCode = m.Groups["lt"].Value, IssuerCodes = [.. m.Groups["codes"].Value.Split('-')], TypeSeparator = "/" }
                    : state;
        }
    }

    private static DocumentSymbol? BuildParty(string number, string type, string[] issuers)
    {
        // a known type in a case of the writer's own (11-Qđi/TW) is that type; an unknown code must be upper case
        if (!(IsCode(type) || DocumentTypes.IsKnownCode(type)) || issuers.Any(i => !IsCode(i))) return null;
        if (!DocumentTypes.IsKnownCode(type) && type.Length > 5) return null;
        return new DocumentSymbol(CanonicalNumber(number), null, DocumentTypes.CanonicalCode(type), [.. issuers.Select(CanonicalIssuer)], SymbolStyle.Party);
    }

    private static DocumentSymbol? BuildState(string number, string? year, string[] codes)
    {
        if (codes.Any(c => !IsCode(c))) return null;
        int? y = year is null ? null : int.Parse(year, CultureInfo.InvariantCulture);
        string? type = null;
        var issuers = codes;
        if (codes.Length > 1 && DocumentTypes.IsKnownCode(codes[0]) && IssuerCodes.Find(codes[0]) is null)
        {
            type = DocumentTypes.CanonicalCode(codes[0]);
            issuers = codes[1..];
        }
        else if (codes.Length == 1 && DocumentTypes.IsKnownCode(codes[0]) && IssuerCodes.Find(codes[0]) is null)
        {
            return null; // 12/KH alone names no issuer: not a symbol
        }
        if (codes.Length == 1 && y is null && IssuerCodes.Find(codes[0]) is null && codes[0].Length < 2) return null;
        var canonicalIssuers = issuers.Select(CanonicalIssuer).ToArray();
        // a central Party document written in the State style (218/QĐ-TW): its real form is known, and writers are
        // told it. A local body's (41/NQ-ĐU) is kept as written: the text is the only evidence of how it was numbered
        if (type is not null && y is null && IssuerCodes.Find(canonicalIssuers[0]) is { Party: true, Level: Level.Central } && canonicalIssuers.Length == 1)
            return new DocumentSymbol(CanonicalNumber(number), null, type, canonicalIssuers, SymbolStyle.Party);
        return new DocumentSymbol(CanonicalNumber(number), y, type, canonicalIssuers, SymbolStyle.State);
    }

    /// <summary>A code is upper case, or one of the few mixed-case codes symbols really use; "Ban" is a word.</summary>
    private static bool IsCode(string code)
    {
        if (code.Length == 0) return false;
        if (IssuerCodes.MixedCaseCodes.Contains(code)) return true;
        if (!code.Any(char.IsLower)) return code.Any(char.IsLetter);
        return IsInitialsWithSyllable(code);
    }

    /// <summary>An agency's initials with one short syllable written out, ending on a capital: SNgV (Sở Ngoại vụ). A word
    /// (Ban, Tỉnh) or a glued one (UBNDngày) is not a code.</summary>
    private static bool IsInitialsWithSyllable(string code) =>
        code.Length >= 3 && char.IsUpper(code[^1]) && code.Count(char.IsUpper) >= 2 && code.Count(char.IsLower) <= 2;

    private static string CanonicalIssuer(string code)
    {
        var known = IssuerCodes.Find(code);
        return known is not null && string.Equals(known.Code, code, StringComparison.OrdinalIgnoreCase) ? known.Code : code;
    }

    /// <summary>Numbers below 10 are written with a leading zero (05-CT/TW); larger ones without.</summary>
    internal static string CanonicalNumber(string number)
    {
        var digits = number.TrimEnd(Suffixes);
        var suffix = number[digits.Length..];
        var n = digits.TrimStart('0');
        if (n.Length == 0) n = "0";
        return (n.Length == 1 ? "0" + n : n) + suffix;
    }

    private static readonly char[] Suffixes = [.. "abcdđeghiklmnopqrstuvxy"];
}
