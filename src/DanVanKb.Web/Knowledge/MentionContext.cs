using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>A citation with the text of its line around it, for "all mentions in context".</summary>
public sealed record MentionContext(MentionRow Mention, string Before, string Written, string After)
{
    private const int Around = 160;

    public static MentionContext Of(MentionRow m, string text)
    {
        var start = Math.Clamp(m.Start, 0, text.Length);
        var end = Math.Clamp(m.End, start, text.Length);
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end) is var e && e >= 0 ? e : text.Length;
        var from = Math.Max(lineStart, start - Around);
        var to = Math.Min(lineEnd, end + Around);
        return new MentionContext(m, (from > lineStart ? "… " : "") + text[from..start].TrimStart(), text[start..end],
            text[end..to].TrimEnd() + (to < lineEnd ? " …" : ""));
    }
}
