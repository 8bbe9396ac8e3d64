using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>Every run of white space (a line break, a tab, a no-break space, several spaces) as one plain space,
/// as the pattern <c>\s+</c> replaced by " " writes it. Most phrases a reader cleans are spaced so already: they
/// come back as they are, with nothing allocated.</summary>
public static class Spacing
{
    public static string Collapse(string s)
    {
        var first = FirstToChange(s);
        if (first < 0) return s;
        var sb = new StringBuilder(s.Length).Append(s, 0, first);
        for (var i = first; i < s.Length; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                sb.Append(s[i]);
                continue;
            }
            sb.Append(' ');
            while (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])) i++;
        }
        return sb.ToString();
    }

    /// <summary>Where the first space that is not one plain space starts, or -1.</summary>
    private static int FirstToChange(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || (i + 1 < s.Length && char.IsWhiteSpace(s[i + 1]))))
                return i;
        return -1;
    }
}
