namespace DanVanKb.Core.Text;

/// <summary>Quotation marks as they bound a quoted title: curly pairs (“…”) and straight ones ("…").</summary>
internal static class Quotations
{
    /// <summary>Whether a quotation opened in <paramref name="text"/> is still open at its end: a cue after it
    /// belongs to the quoted title.</summary>
    public static bool LeftOpen(string text) => Scan(text, '\0').Open;

    /// <summary>Whether <paramref name="c"/> occurs in <paramref name="text"/> outside every quotation.</summary>
    public static bool HasUnquoted(string text, char c) => Scan(text, c).Found;

    /// <summary>Reads <paramref name="text"/> until <paramref name="find"/> stands outside every quotation (Found), else
    /// to its end, and says whether a quotation is left open there.</summary>
    private static (bool Open, bool Found) Scan(string text, char find)
    {
        var depth = 0;
        var straight = false;
        foreach (var c in text)
        {
            if (c == '“') depth++;
            else if (c == '”') depth = Math.Max(0, depth - 1);
            else if (c == '"') straight = !straight;
            else if (c == find && depth == 0 && !straight) return (false, true);
        }
        return (depth > 0 || straight, false);
    }

    /// <summary>Whether <paramref name="text"/> closes a quotation opened before it.</summary>
    public static bool Closes(string text) => text.Contains('”') || text.Contains('"');
}
