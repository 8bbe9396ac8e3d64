namespace DanVanKb.Core.Text.Legacy;

/// <summary>How well one charset reads a text: of the words with a non-ASCII character, how many are
/// Vietnamese syllables; of all words, how many; and how many are very frequent Vietnamese words.
/// Acronyms (UBND, HĐND) count in none.</summary>
public sealed record CharsetScore(LegacyCharset Charset, int AccentedWords, int VietnameseAccentedWords, int Words, int VietnameseWords, int FrequentWords)
{
    /// <summary>The share of accented words that are Vietnamese syllables: near 1 for the right charset,
    /// low for a wrong one, whose stray bytes and impossible letters spoil the words.</summary>
    public double Share => AccentedWords == 0 ? 0 : (double)VietnameseAccentedWords / AccentedWords;

    /// <summary>The share of all words that are syllables:
    /// low for a Western text that happens to hold a few words that read as Vietnamese.</summary>
    public double OverallShare => Words == 0 ? 0 : (double)VietnameseWords / Words;

    public static CharsetScore Measure(LegacyCharset charset, string decoded)
    {
        int accented = 0, accentedOk = 0, words = 0, wordsOk = 0, frequent = 0;
        foreach (var word in DecodedWords.Of(decoded))
        {
            if (IsAcronym(word)) continue;
            var isAccented = word.Any(c => c >= 0x80);
            var ok = VietnameseSyllable.IsValid(word);
            words++;
            if (ok) wordsOk++;
            if (isAccented)
            {
                accented++;
                if (ok) accentedOk++;
            }
            if (ok && CommonWords.All.Contains(word.ToLowerInvariant())) frequent++;
        }
        return new CharsetScore(charset, accented, accentedOk, words, wordsOk, frequent);
    }

    /// <summary>UBND, HĐND, QĐ: capitals without tones, not syllables and not evidence either way.</summary>
    private static bool IsAcronym(string word) => word.All(c => char.IsAsciiLetterUpper(c) || c == 'Đ');
}
