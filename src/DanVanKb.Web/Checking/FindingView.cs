using DanVanKb.Core.Checking;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Checking;

/// <summary>A finding as the page and the JSON twin show it: numbered, coloured by kind, explained in
/// Vietnamese, with the documents it names and, when it suggests a correction, the exact range of the
/// checked text the correction replaces.</summary>
public sealed record FindingView(int Number, Finding Finding, string Css, string Heading, string Detail,
    IReadOnlyList<DocumentRow> Documents, TextRange? Replace)
{
    public string Explanation => $"{Heading}: {Detail}";

    public static string CssOf(Finding f) => f.Kind == FindingKind.Correct ? "ok" : f.Severity == Severity.Error ? "error" : "warning";

    /// <summary>Where the written text the suggestion replaces is: inside the finding's span, else the
    /// nearest occurrence around it (a date written before the document it dates).</summary>
    public static TextRange? ReplaceRange(Finding f, string text)
    {
        if (f.Suggestion is null || f.Written.Length == 0) return null;
        var start = Math.Clamp(f.Span.Start, 0, text.Length);
        var end = Math.Clamp(f.Span.End, start, text.Length);
        var inside = text.IndexOf(f.Written, start, end - start, StringComparison.Ordinal);
        if (inside >= 0) return new TextRange(inside, inside + f.Written.Length);
        const int Around = 300;
        var from = Math.Max(0, start - Around);
        var to = Math.Min(text.Length, end + Around);
        var best = -1;
        for (var i = text.IndexOf(f.Written, from, to - from, StringComparison.Ordinal); i >= 0 && i + f.Written.Length <= to;
            i = i + 1 < to ? text.IndexOf(f.Written, i + 1, to - i - 1, StringComparison.Ordinal) : -1)
            if (best < 0 || Math.Abs(i - start) < Math.Abs(best - start)) best = i;
        return best < 0 ? null : new TextRange(best, best + f.Written.Length);
    }
}

/// <summary>A range of the checked text, as UTF-16 offsets (what a browser's textarea counts).</summary>
public sealed record TextRange(int Start, int End);
