using System.Text;

namespace DanVanKb.Web.Rendering;

/// <summary>Unicode direction controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the
/// marks U+200E, U+200F, U+061C) reorder what a reader sees and can hide or disguise text. The site shows
/// each one as a visible token, e.g. ⟨U+202E⟩, instead of obeying it: nothing is dropped, nothing reordered.</summary>
public static class BidiControls
{
    /// <summary>The longest token: ⟨U+202E⟩.</summary>
    public const int TokenLength = 9;

    public static bool Is(int c) => c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C;

    public static string Token(int c) => $"⟨U+{c:X4}⟩";

    public static string Visible(string text)
    {
        if (!text.Any(c => Is(c))) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Is(c)) sb.Append(Token(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
