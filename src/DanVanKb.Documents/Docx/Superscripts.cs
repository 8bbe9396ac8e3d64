namespace DanVanKb.Documents.Docx;

/// <summary>Superscript digits, the form footnote markers take in the plain text the extractor reads.</summary>
internal static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Of(int number) => Of(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"12" → "¹²"; null when the text is not all ASCII digits.</summary>
    public static string? OfDigits(string text) =>
        text.Length > 0 && text.All(char.IsAsciiDigit) ? Of(text) : null;

    private static string Of(string digits) => string.Concat(digits.Select(c => Digits[c - '0']));
}
