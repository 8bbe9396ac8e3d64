namespace DanVanKb.Core.Text.Legacy;

/// <summary>The words of decoded text, as the detector sees them: runs of characters between spaces,
/// ASCII punctuation and digits, and the typographic punctuation of Windows-1252 (quotes, dashes) that
/// every legacy charset leaves alone. Any other character stays inside its word, so a byte that a
/// charset decodes to a stray symbol (TCVN3 "c¸c" read as VNI) spoils the word.</summary>
internal static class DecodedWords
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && !IsSeparator(text[i]);
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || (c < 0x80 && !char.IsAsciiLetter(c)) || Windows1252.IsC1Punctuation(c);
}
