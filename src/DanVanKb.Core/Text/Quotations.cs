namespace DanVanKb.Core.Text;

/// <summary>Quotation marks as they bound a quoted title: curly pairs (“…”) and straight ones ("…").</summary>
internal static class Quotations
{
    /// <summary>Whether a quotation opened in <paramref name="text"/> is still open at its end: a cue after it
    /// belongs to the quoted title.</summary>
    public static bool LeftOpen(string text)
    {
        var depth = 0;
        var straight = false;
        foreach (var c in text)
        {
            if (c == '“') depth++;
            else if (c == '”') depth = Math.Max(0, depth - 1);
            else if (c == '"') straight = !straight;
        }
        return depth > 0 || straight;
    }

    /// <summary>Whether <paramref name="c"/> occurs in <paramref name="text"/> outside every quotation.</summary>
    public static bool HasUnquoted(string text, char c)
    {
        var depth = 0;
        var straight = false;
        foreach (var x in text)
        {
            if (x == '“') depth++;
            else if (x == '”') depth = Math.Max(0, depth - 1);
            else if (x == '"') straight = !straight;
            else if (x == c && depth == 0 && !straight) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> closes a quotation opened before it.</summary>
    public static bool Closes(string text) => text.Contains('”') || text.Contains('"');
}
