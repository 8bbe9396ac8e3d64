namespace DanVanKb.Core.Text;

/// <summary>Slices that tolerate ranges inverted by overlapping matches (a citation inside another's
/// tail): an empty string rather than an exception.</summary>
internal static class TextRange
{
    public static string Between(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, 0, text.Length);
        return end > start ? text[start..end] : "";
    }
}
