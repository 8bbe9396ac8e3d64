using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>VNI-Windows (<see cref="VniChart"/>) to Unicode and back.</summary>
public static class Vni
{
    private static readonly Dictionary<(char Base, char Mark), char> Pairs = BuildPairs();
    private static readonly Dictionary<char, char> Singles = BuildSingles();
    private static readonly Dictionary<char, string> CodeOfLetter = BuildCodes();
    private static readonly HashSet<char> UsedBytes = [.. CodeOfLetter.Values.SelectMany(code => code).Where(c => c >= 0x80)];

    public static string Decode(ReadOnlySpan<byte> bytes) => DecodeView(Encoding.Latin1.GetString(bytes), strict: false);

    /// <summary>Unicode to VNI bytes; throws on a character the charset cannot hold.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80) bytes.Add((byte)c);
            else if (CodeOfLetter.TryGetValue(c, out var code)) bytes.AddRange(code.Select(b => (byte)b));
            else if (Windows1252.TryByteOf(c, out var b) && !UsedBytes.Contains((char)b)) bytes.Add(b);
            else throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no VNI code", nameof(text));
        }
        return [.. bytes];
    }

    /// <summary>Decodes a byte view (one char per byte; chars above 0xFF pass through). A letter's case
    /// comes from its base byte, so "Eá" and "EÁ" are both Ế. Strict marks every byte the chart does not
    /// explain (a tone byte after a consonant, an unused byte) with U+FFFD, for scoring; otherwise such a
    /// byte keeps its Windows-1252 character.</summary>
    internal static string DecodeView(string view, bool strict)
    {
        var sb = new StringBuilder(view.Length);
        for (var i = 0; i < view.Length; i++)
        {
            var c = view[i];
            if (i + 1 < view.Length && Pairs.TryGetValue((c, view[i + 1]), out var pair))
            {
                sb.Append(pair);
                i++;
            }
            else if (Singles.TryGetValue(c, out var single)) sb.Append(single);
            else if (c < 0x80 || c > 0xFF) sb.Append(c);
            else if (c is >= '\u0080' and <= '\u00A0' || !strict) sb.Append(Windows1252.CharOf(c));
            else sb.Append('\uFFFD');
        }
        return sb.ToString();
    }

    private static Dictionary<(char, char), char> BuildPairs()
    {
        var pairs = new Dictionary<(char, char), char>();
        foreach (var (letter, code) in VniChart.Lowercase.Where(l => l.Code.Length == 2))
        {
            char lower = letter, upper = char.ToUpperInvariant(letter);
            char b = code[0], m = code[1], bu = char.ToUpperInvariant(b), mu = char.ToUpperInvariant(m);
            pairs[(b, m)] = lower;
            pairs[(b, mu)] = lower;
            pairs[(bu, mu)] = upper;
            pairs[(bu, m)] = upper;
        }
        return pairs;
    }

    private static Dictionary<char, char> BuildSingles()
    {
        var singles = new Dictionary<char, char>();
        foreach (var (letter, code) in VniChart.Lowercase.Where(l => l.Code.Length == 1))
        {
            singles[code[0]] = letter;
            singles[char.ToUpperInvariant(code[0])] = char.ToUpperInvariant(letter);
        }
        return singles;
    }

    private static Dictionary<char, string> BuildCodes()
    {
        var codes = new Dictionary<char, string>();
        foreach (var (letter, code) in VniChart.Lowercase)
        {
            codes[letter] = code;
            codes[char.ToUpperInvariant(letter)] = code.ToUpperInvariant();
        }
        return codes;
    }
}
