using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>TCVN3 has no toned capitals: "NGHỊ QUYẾT" typed in .VnTime comes out as "NGHị QUYếT" unless
/// the writer switched to an "H" font, which plain text does not record. A word whose other letters are
/// capitals after its first ("NGHị", "ĐảNG", "áN") is a word in capitals; so is a word that only starts
/// with a capital ("Bộ", "Sở") or has no caseable letter ("ở") when a neighbour on the same line, with only
/// spaces or digits between ("SỐ 25 VÀ"), is such a word or a plain capitalized syllable ("CƠ"). Their toned letters are put in
/// capitals; everything else is left as decoded ("Đề án", "Số: 45-KH/HU").</summary>
internal static class Tcvn3Capitals
{
    private enum Kind { Other, Capitals, Ambiguous, CapitalSyllable }

    public static string Repair(string text)
    {
        var words = LetterRuns(text);
        if (words.Count == 0) return text;
        var kinds = words.Select(w => KindOf(text.Substring(w.Start, w.Length))).ToArray();
        if (!kinds.Contains(Kind.Capitals)) return text;

        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < words.Count; i++)
            {
                if (kinds[i] != Kind.Ambiguous) continue;
                if ((i > 0 && Adjacent(text, words[i - 1], words[i]) && kinds[i - 1] is Kind.Capitals or Kind.CapitalSyllable)
                    || (i + 1 < words.Count && Adjacent(text, words[i], words[i + 1]) && kinds[i + 1] is Kind.Capitals or Kind.CapitalSyllable))
                {
                    kinds[i] = Kind.Capitals;
                    changed = true;
                }
            }
        }
        while (changed);

        var sb = new StringBuilder(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] != Kind.Capitals) continue;
            for (var j = words[i].Start; j < words[i].Start + words[i].Length; j++) sb[j] = char.ToUpperInvariant(sb[j]);
        }
        return sb.ToString();
    }

    private static Kind KindOf(string word)
    {
        bool toned = false, lowerFixed = false, upperAfterFirst = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c) && VietnameseLetters.HasTone(c)) toned = true;
            else if (char.IsLower(c)) lowerFixed = true;
            else if (char.IsUpper(c) && i > 0) upperAfterFirst = true;
        }
        if (toned && !lowerFixed) return upperAfterFirst ? Kind.Capitals : Kind.Ambiguous;
        if (!toned && !lowerFixed && word.Length >= 2 && VietnameseSyllable.IsValid(word)) return Kind.CapitalSyllable;
        return Kind.Other;
    }

    private static bool Adjacent(string text, (int Start, int Length) left, (int Start, int Length) right)
    {
        for (var i = left.Start + left.Length; i < right.Start; i++)
            if (text[i] is not ' ' and not '\t' && !char.IsAsciiDigit(text[i])) return false;
        return true;
    }

    private static List<(int Start, int Length)> LetterRuns(string text)
    {
        var runs = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || VietnameseLetters.IsCombining(text[i]));
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                runs.Add((start, i - start));
                start = -1;
            }
        }
        return runs;
    }
}
