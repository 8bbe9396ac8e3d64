namespace DanVanKb.Documents.Docx;

/// <summary>Bounds on what one Word file may unpack to, so a zip bomb or a 10,000-page file is refused
/// instead of exhausting memory. Reports are tens of thousands of characters.</summary>
/// <param name="MaxTextChars">The most text (body, tables and notes) read before the file is refused.</param>
/// <param name="MaxPartChars">The most XML characters in any one part (the XML reader stops there, whatever the ZIP claims).</param>
public sealed record DocxLimits(int MaxTextChars, long MaxPartChars)
{
    /// <summary>About 3,000 pages of text, and 32 million characters of XML per part.</summary>
    public static readonly DocxLimits Default = new(8_000_000, 32_000_000);

    /// <summary>The most entries a Word package may have; real ones have a few dozen.</summary>
    public const int MaxEntries = 10_000;
}
