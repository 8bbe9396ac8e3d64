using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>TCVN3 (<see cref="Tcvn3Chart"/>) to Unicode and back.</summary>
public static class Tcvn3
{
    private static readonly Dictionary<char, char> LetterOfCode = Tcvn3Chart.Letters.ToDictionary(l => (char)l.Code, l => l.Letter);
    private static readonly Dictionary<char, char> MarkOfCode = Tcvn3Chart.ToneMarks.ToDictionary(m => (char)m.Code, m => m.Mark);
    private static readonly Dictionary<char, byte> CodeOfLetter = Tcvn3Chart.Letters.ToDictionary(l => l.Letter, l => l.Code);

    /// <summary>Decodes TCVN3 bytes; toned capitals, which the charset cannot hold, are restored where the
    /// word or its neighbours are written in capitals (<see cref="Tcvn3Capitals"/>).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Tcvn3Capitals.Repair(DecodeView(Encoding.Latin1.GetString(bytes), strict: false));

    /// <summary>Unicode to TCVN3 bytes. A toned capital gets its lowercase code (as Vietnamese keyboards
    /// write it; an "H" font shows it as a capital). Throws on a character the charset cannot hold.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c < 0x80) bytes.Add((byte)c);
            else if (CodeOfLetter.TryGetValue(c, out var code) || CodeOfLetter.TryGetValue(char.ToLowerInvariant(c), out code)) bytes.Add(code);
            else if (Windows1252.TryByteOf(c, out var b) && !LetterOfCode.ContainsKey((char)b) && !MarkOfCode.ContainsKey((char)b)) bytes.Add(b);
            else throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no TCVN3 code", nameof(text));
        }
        return [.. bytes];
    }

    /// <summary>Decodes a byte view (one char per byte; chars above 0xFF pass through). Strict marks
    /// every byte the chart does not explain with U+FFFD, for scoring; otherwise such a byte keeps its
    /// Windows-1252 character.</summary>
    internal static string DecodeView(string view, bool strict)
    {
        var sb = new StringBuilder(view.Length);
        var combining = false;
        foreach (var c in view)
        {
            if (c < 0x80 || c > 0xFF) sb.Append(c);
            else if (LetterOfCode.TryGetValue(c, out var letter)) sb.Append(letter);
            else if (MarkOfCode.TryGetValue(c, out var mark) && sb.Length > 0 && VietnameseLetters.IsUntonedVowel(sb[^1]))
            {
                sb.Append(mark);
                combining = true;
            }
            else if (c is >= '\u0080' and <= '\u00A0' || !strict) sb.Append(Windows1252.CharOf(c));
            else sb.Append('\uFFFD');
        }
        var text = sb.ToString();
        return combining ? text.Normalize(NormalizationForm.FormC) : text;
    }
}
