using System.Globalization;
using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>Character-level clean-up that keeps the offset map: NFC composition, the Latin Ð/ð typed
/// for Vietnamese Đ/đ, non-breaking and odd spaces, zero-width characters, CR line ends.</summary>
public static class TextNormalizer
{
    public static MappedText Normalize(string original)
    {
        var plainEnd = PlainRunEnd(original, 0);
        if (plainEnd == original.Length) return MappedText.Identity(original);
        var b = new MappedText.Builder();
        var i = 0;
        while (i < original.Length)
        {
            // most text is characters NFC and the maps leave as they are: copied as a run
            var runEnd = i == 0 ? plainEnd : PlainRunEnd(original, i);
            if (runEnd > i)
            {
                b.AppendOriginal(original, i, runEnd);
                i = runEnd;
                if (i == original.Length) break;
            }
            // a cluster: one base character (a surrogate pair counts as one) and the combining marks after
            // it; NFC only composes inside one
            var start = i++;
            if (char.IsHighSurrogate(original[start]) && i < original.Length && char.IsLowSurrogate(original[i])) i++;
            while (i < original.Length && IsCombining(original[i])) i++;
            if (i - start == 1 && IsStableAlone(original[start]))
            {
                if (MapChar(original[start], original, start) is char single) b.AppendSynthetic(single, start);
                continue;
            }
            // a broken surrogate (from a damaged file) cannot be normalized: it becomes U+FFFD
            var cluster = Repair(original[start..i]);
            var composed = cluster.IsNormalized(NormalizationForm.FormC) ? cluster : cluster.Normalize(NormalizationForm.FormC);
            foreach (var c in composed)
            {
                var mapped = MapChar(c, original, start);
                if (mapped is char m) b.AppendSynthetic(m, start);
            }
        }
        return b.Build(original.Length);
    }

    /// <summary>Where the run of characters from <paramref name="from"/> that normalizing leaves in place ends:
    /// a character the maps change, or the base of a cluster with combining marks, ends it.</summary>
    private static int PlainRunEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && IsPlain(text[i])) i++;
        return i < text.Length && i > from && IsCombining(text[i]) ? i - 1 : i;
    }

    /// <summary>Per BMP character: 0 not yet known, 1 left in place by normalizing when not followed by a
    /// combining mark, 2 not. Filled lazily; concurrent writers write the same value.</summary>
    private static readonly byte[] Plain = new byte[char.MaxValue + 1];

    private static bool IsPlain(char c)
    {
        if (c < 0x80) return c != '\r';
        var known = Plain[c];
        if (known == 0)
        {
            known = !char.IsSurrogate(c) && !IsCombining(c) && IsStableAlone(c) && MapChar(c, "", 0) == c ? (byte)1 : (byte)2;
            Plain[c] = known;
        }
        return known == 1;
    }

    /// <summary>Per BMP character: 0 not yet known, 1 unchanged by NFC when alone, 2 changed (a singleton
    /// decomposition such as U+212B ANGSTROM SIGN). Filled lazily; concurrent writers write the same value.</summary>
    private static readonly byte[] StableAlone = new byte[char.MaxValue + 1];

    private static bool IsStableAlone(char c)
    {
        if (c < 0x80) return true;
        if (char.IsSurrogate(c)) return false;
        var known = StableAlone[c];
        if (known == 0)
        {
            known = c.ToString().IsNormalized(NormalizationForm.FormC) ? (byte)1 : (byte)2;
            StableAlone[c] = known;
        }
        return known == 1;
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
        if (c < '\u0300') return false; // below the first combining block
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
}
