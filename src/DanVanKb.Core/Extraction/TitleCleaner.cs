using System.Text.RegularExpressions;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>A trích yếu read from running text ends where the title ends: the reading sometimes runs on into a
/// trailing "và", an ellipsis and the next clause ("… trong tình hình mới... thành chương trình, kế hoạch"), past
/// a closing quote into the sentence that follows, or into a report's "báo cáo kết quả như sau".</summary>
public static partial class TitleCleaner
{
    /// <summary>Words that cannot end a title: a title ending in one was cut in the middle of a clause.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "và", "với", "của", "về", "trong", "cùng", "theo", "tại", "để", "cho", "đối", "hoặc", "hay", "nhằm", "là", "các", "những", "số", "ngày", "đến", "từ", "giữa", "trên", "như",
    };

    /// <summary>The title cut where it ends, or null when nothing is left.</summary>
    public static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = Spacing.Collapse(title).Trim();
        // an ellipsis: what follows is the next clause, or nothing
        var ellipsis = Ellipsis().Match(t);
        if (ellipsis.Success) t = t[..ellipsis.Index];
        // a closing quote that no quote opened, followed by more text: the title ended at the quote
        var stray = StrayClosingQuote(t);
        if (stray >= 0) t = t[..stray];
        // "…, Ban Chấp hành Đảng bộ xã báo cáo kết quả như sau": the report's own sentence
        var asFollows = AsFollows().Match(t);
        if (asFollows.Success) t = t[..asFollows.Index];
        t = TrimEnd(t);
        return t.Length == 0 ? null : Balanced(t);
    }

    /// <summary>Cuts trailing punctuation and words that cannot end a title.</summary>
    public static string TrimEnd(string t)
    {
        while (true)
        {
            var before = t;
            t = t.TrimEnd(' ', ',', ';', ':', '-', '–', '—', '(', '/', '.', '“');
            var space = t.LastIndexOf(' ');
            if (Connectives.Contains(t[(space + 1)..])) t = space > 0 ? t[..space] : "";
            if (t == before) return t;
        }
    }

    private static int StrayClosingQuote(string t)
    {
        var open = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '“') open++;
            else if (t[i] == '”' && open > 0) open--;
            else if (t[i] == '”' && t[(i + 1)..].TrimStart().Length > 0 && t[(i + 1)..].TrimStart()[0] is ',' or ';' or '.') return i;
        }
        return -1;
    }

    /// <summary>A quote or parenthesis opened and never closed, closed at the end.</summary>
    public static string Balanced(string t)
    {
        var curly = t.Count(c => c == '“') - t.Count(c => c == '”');
        var straight = t.Count(c => c == '"') % 2;
        var paren = t.Count(c => c == '(') - t.Count(c => c == ')');
        return t + new string('”', Math.Max(0, curly)) + (straight == 1 ? "\"" : "") + new string(')', Math.Max(0, paren));
    }

    [GeneratedRegex(@"\s*(\.\.\.|…)")]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@",\s*[^,;]*\bnhư sau\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsFollows();
}
