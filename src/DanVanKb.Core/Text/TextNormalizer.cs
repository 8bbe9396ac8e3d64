using System.Globalization;
using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>Character-level clean-up that keeps the offset map: NFC composition, the Latin Ð/ð typed
/// for Vietnamese Đ/đ, non-breaking and odd spaces, zero-width characters, CR line ends.</summary>
public static class TextNormalizer
{
    public static MappedText Normalize(string original)
    {
        var b = new MappedText.Builder();
        var i = 0;
        while (i < original.Length)
        {
            // a cluster: one base character and the combining marks after it; NFC only composes inside one
            var start = i++;
            while (i < original.Length && IsCombining(original[i])) i++;
            var cluster = Repair(original[start..i]);
            // a broken surrogate pair (from a damaged file) cannot be normalized: it becomes U+FFFD
            var composed = IsAscii(cluster) ? cluster
                : cluster.IsNormalized(NormalizationForm.FormC) ? cluster
                : cluster.Normalize(NormalizationForm.FormC);
            foreach (var c in composed)
            {
                var mapped = MapChar(c, original, start);
                if (mapped is char m) b.AppendSynthetic(m, start);
            }
        }
        return b.Build(original.Length);
    }

    private static char? MapChar(char c, string original, int at) => c switch
    {
        '\u00D0' => 'Đ', // Latin capital eth, typed for Đ by some converters
        '\u00F0' => 'đ',
        '\u0189' => 'Đ', // African D
        '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => null,
        '\r' => at + 1 < original.Length && original[at + 1] == '\n' ? null : '\n',
        _ => c,
    };

    private static bool IsCombining(char c)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static string Repair(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
            if (c > 0x7F) return false;
        return true;
    }
}
