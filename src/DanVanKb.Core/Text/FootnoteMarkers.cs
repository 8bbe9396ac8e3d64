using System.Text.RegularExpressions;

namespace DanVanKb.Core.Text;

/// <summary>The forms a footnote reference takes in converted reports: superscript digits (¹³),
/// parenthesised superscripts (⁽²⁾) and Pandoc's ^[6].</summary>
public static partial class FootnoteMarkers
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    [GeneratedRegex(@"⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾?|\^\[(\d{1,3})\]")]
    private static partial Regex MarkerPattern();

    /// <summary>A footnote block starts with its marker: "¹ Kế hoạch …", "²Hoạt động …", "^[6] …".</summary>
    [GeneratedRegex(@"^\s*(?:⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾?|\^\[(\d{1,3})\])\s*(?=\S)")]
    private static partial Regex FootnoteStartPattern();

    public static bool IsSuperscriptDigit(char c) => Superscripts.Contains(c);

    public static (string Marker, int Length)? FootnoteStart(string line)
    {
        var m = FootnoteStartPattern().Match(line);
        return m.Success ? (Value(m), m.Length) : null;
    }

    public static IReadOnlyList<(string Marker, int Offset)> Find(string text)
    {
        var found = new List<(string, int)>();
        foreach (Match m in MarkerPattern().Matches(text)) found.Add((Value(m), m.Index));
        return found;
    }

    private static string Value(Match m)
    {
        if (m.Groups[2].Success) return m.Groups[2].Value;
        var digits = m.Groups[1].Value;
        return string.Concat(digits.Select(c => (char)('0' + Superscripts.IndexOf(c))));
    }
}
