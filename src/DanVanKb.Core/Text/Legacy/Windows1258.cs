using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>Windows code page 1258 to Unicode and back. The code page has some letters precomposed
/// (à á â ă ê ô ơ ư đ …) and writes the others as a letter and a combining tone mark, so the decoded text
/// is composed (NFC).</summary>
public static class Windows1258
{
    private static readonly Encoding Cp1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("code page 1258 is not available");

    public static string Decode(ReadOnlySpan<byte> bytes) => Cp1258.GetString(bytes).Normalize(NormalizationForm.FormC);

    /// <summary>Unicode to 1258 bytes the way Windows writes them: a precomposed letter where the code
    /// page has one, else the letter without its tone and the combining tone mark. Throws on a character
    /// the code page cannot hold.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (TryEncode(c.ToString(), out var direct))
            {
                bytes.AddRange(direct);
                continue;
            }
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = d.Where(VietnameseLetters.IsToneMark).ToArray();
            var untoned = new string([.. d.Where(m => !VietnameseLetters.IsToneMark(m))]).Normalize(NormalizationForm.FormC);
            if (tone.Length == 1 && TryEncode(untoned + tone[0], out var split)) bytes.AddRange(split);
            else throw new ArgumentException($"'{c}' (U+{(int)c:X4}) has no Windows-1258 code", nameof(text));
        }
        return [.. bytes];
    }

    private static bool TryEncode(string s, out byte[] bytes)
    {
        try
        {
            bytes = Cp1258.GetBytes(s);
            return true;
        }
        catch (EncoderFallbackException)
        {
            bytes = [];
            return false;
        }
    }
}
