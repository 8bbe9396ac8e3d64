using DanVanKb.Core.Extraction;

namespace DanVanKb.Web.Naming;

/// <summary>A trích yếu as the site shows it: ending where the title ends (<see cref="TitleCleaner"/>, which the
/// extractor applies too), and shortened to a name to read at a glance.</summary>
public static class TitleText
{
    /// <summary>The title cut where it ends, or null when nothing is left.</summary>
    public static string? Clean(string? title) => TitleCleaner.Clean(title);

    /// <summary>The title shortened to at most about <paramref name="max"/> characters where a clause or
    /// phrase ends (never inside quotes), without an ellipsis: a name to read at a glance; the full title
    /// is on the report's page.</summary>
    public static string? Short(string? title, int max = 120)
    {
        var t = Clean(title);
        if (t is null || t.Length <= max) return t;
        var cut = -1;
        var depth = 0;
        for (var i = 0; i < t.Length && i <= max; i++)
        {
            var c = t[i];
            if (c is '“' or '(') depth++;
            else if (c is '”' or ')') depth = Math.Max(0, depth - 1);
            else if (c == '"') depth = depth > 0 ? depth - 1 : depth + 1;
            if (depth == 0 && i >= 30 && (c is ';' or ',' || (c == ' ' && IsClauseWord(t, i + 1)))) cut = i;
        }
        if (cut < 0) cut = t.LastIndexOf(' ', max);
        return cut <= 0 ? t[..max] : TitleCleaner.Balanced(TitleCleaner.TrimEnd(t[..cut]));
    }

    private static bool IsClauseWord(string t, int at) =>
        new[] { "và ", "về ", "của ", "trong ", "giai đoạn ", "nhằm ", "gắn với " }.Any(w => string.CompareOrdinal(t, at, w, 0, w.Length) == 0);
}
