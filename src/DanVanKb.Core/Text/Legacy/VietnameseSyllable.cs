using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>Whether a word is a well-formed Vietnamese syllable: an optional initial consonant, a rhyme
/// of <see cref="VietnameseRhymes"/>, at most one tone mark and it on a vowel, and only sắc or nặng on a
/// rhyme that ends in a stop (c, ch, p, t). Text decoded with the wrong legacy charset is full of words
/// that break these rules; that is what the detector counts.</summary>
public static class VietnameseSyllable
{
    // longest first, so "ngh" is tried before "ng"; "" for syllables that start with a vowel
    private static readonly string[] Initials =
        ["ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

    private const string Alphabet = "abcdeghiklmnopqrstuvxyăâđêôơư";

    public static bool IsValid(string word)
    {
        if (word.Length == 0 || !TrySplitTone(word, out var plain, out var tone)) return false;
        if (!IsSpelled(plain)) return false;
        var stop = plain.EndsWith('c') || plain.EndsWith("ch", StringComparison.Ordinal) || plain.EndsWith('p') || plain.EndsWith('t');
        return !stop || tone is '\u0301' or '\u0323';
    }

    /// <summary>The word in lowercase without its tone, and the tone mark ('\0' for none).</summary>
    private static bool TrySplitTone(string word, out string plain, out char tone)
    {
        plain = "";
        tone = '\0';
        var sb = new StringBuilder(word.Length);
        var last = '\0';
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (VietnameseLetters.IsToneMark(c))
            {
                if (tone != '\0' || !VietnameseLetters.IsBaseVowel(last)) return false;
                tone = c;
            }
            else if (VietnameseLetters.IsShapeMark(c))
            {
                if (!VietnameseLetters.IsBaseVowel(last)) return false;
                sb.Append(c);
            }
            else if (char.IsLetter(c))
            {
                last = char.ToLowerInvariant(c);
                sb.Append(last);
            }
            else return false;
        }
        plain = sb.ToString().Normalize(NormalizationForm.FormC);
        foreach (var c in plain)
            if (!Alphabet.Contains(c)) return false;
        return true;
    }

    private static bool IsSpelled(string plain)
    {
        var rhymes = VietnameseRhymes.All;
        foreach (var initial in Initials)
        {
            if (!plain.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rest = plain[initial.Length..];
            var ok = initial switch
            {
                // gh and ngh only before i, e, ê
                "gh" or "ngh" => rest.Length > 0 && rest[0] is 'i' or 'e' or 'ê' && rhymes.Contains(rest),
                // the u of qu is the medial: quyết = qu + yêt (uyêt)
                "qu" => rest.Length > 0 && (rhymes.Contains(rest) || rhymes.Contains("u" + rest)),
                // the i of gi may be the vowel: gì, giêng (iêng)
                "gi" => rest.Length == 0 || rhymes.Contains(rest) || rhymes.Contains("i" + rest),
                _ => rhymes.Contains(rest),
            };
            if (ok) return true;
        }
        return false;
    }
}
