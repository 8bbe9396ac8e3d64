using System.Text;
using System.Text.RegularExpressions;

using DanVanKb.Storage.Reading;

using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DanVanKb.Web.Rendering;

/// <summary>Renders a report line by line with Markdig (raw HTML disabled, links restricted to the site and
/// to http), every citation turned into a link to its document, footnote markers into links to their
/// footnote, each line with its number so evidence links land exactly.</summary>
public static partial class SourceRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    [GeneratedRegex(@"⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾?|\^\[(\d{1,3})\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})⁾?|\^\[(\d{1,3})\])\s*(?=\S)")]
    private static partial Regex FootnoteStart();

    public static IReadOnlyList<SourceLine> Render(string text, IReadOnlyList<MentionRow> mentions, Func<string, string?> documentHref)
    {
        var lines = new List<SourceLine>();
        var byStart = mentions.Where(m => m.DocumentId is not null).OrderBy(m => m.Start).ToList();
        var start = 0;
        for (var number = 1; start <= text.Length; number++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text[start..end].TrimEnd('\r');
            if (line.Trim().Length > 0 && !IsRule(line))
                lines.Add(RenderLine(number, line, start, byStart, documentHref));
            start = end + 1;
        }
        return lines;
    }

    private static SourceLine RenderLine(int number, string line, int offset, List<MentionRow> mentions, Func<string, string?> href)
    {
        var links = mentions.Where(m => m.Start >= offset && m.Start < offset + line.Length)
            .Select(m => (Start: m.Start - offset, End: Math.Min(m.End - offset, line.Length), Href: href(m.DocumentId!)))
            .Where(l => l.Href is not null).ToList();
        if (line.Contains('\t') || (line.TrimStart().StartsWith('|') && line.Count(c => c == '|') >= 3))
        {
            var cells = new List<string>();
            var at = 0;
            foreach (var raw in line.Split(line.Contains('\t') ? '\t' : '|'))
            {
                var cellStart = at;
                at += raw.Length + 1;
                if (!line.Contains('\t') && raw.Trim().Length == 0 && (cellStart == 0 || at > line.Length)) continue;
                var cellLinks = links.Where(l => l.Start >= cellStart && l.End <= cellStart + raw.Length)
                    .Select(l => (l.Start - cellStart, l.End - cellStart, l.Href)).ToList();
                cells.Add(Inline(Markdown(raw, cellLinks)));
            }
            return new SourceLine(number, "row", "", cells, null);
        }
        // leading spaces would make Markdown code blocks: drop them, moving the links with the text
        var lead = line.Length - line.TrimStart().Length;
        var body = line[lead..];
        var shifted = links.Where(l => l.Start >= lead).Select(l => (l.Start - lead, l.End - lead, l.Href)).ToList();
        var note = FootnoteStart().Match(body);
        var footnote = note.Success ? "fn-" + MarkerValue(note) : null;
        return new SourceLine(number, note.Success ? "footnote" : "paragraph", Html(Markdown(body, shifted, note.Success ? note.Length : 0)), [], footnote);
    }

    /// <summary>The line as Markdown: citations and footnote markers become links, the rest stays as written.</summary>
    private static string Markdown(string line, IReadOnlyList<(int Start, int End, string? Href)> links, int skipMarker = 0)
    {
        var spans = links.Select(l => (l.Start, l.End, Md: $"[{Escape(line[l.Start..l.End])}]({l.Href})")).ToList();
        foreach (Match m in Marker().Matches(line))
            if (m.Index >= skipMarker && !spans.Any(s => m.Index < s.End && s.Start < m.Index + m.Length))
                spans.Add((m.Index, m.Index + m.Length, $"[{Escape(m.Value)}](#fn-{MarkerValue(m)})"));
        var sb = new StringBuilder();
        var at = 0;
        foreach (var (s, e, md) in spans.OrderBy(x => x.Start))
        {
            if (s < at) continue;
            sb.Append(line, at, s - at).Append(md);
            at = e;
        }
        sb.Append(line, at, line.Length - at);
        return sb.ToString();
    }

    private static string MarkerValue(Match m)
    {
        var digits = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
        return string.Concat(digits.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var i && i >= 0 ? (char)('0' + i) : c));
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '[' or ']' or '*' or '_' or '`' or '\\' or '<' or '>' or '!') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Html(string markdown)
    {
        var doc = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in doc.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
            // an image would be fetched on sight: show it as a link to it instead
            link.IsImage = false;
        }
        // <javascript:…> and <mailto:…> autolinks stay as the text written
        foreach (var auto in doc.Descendants<AutolinkInline>().Where(a => a.IsEmail || !IsSafe(a.Url)).ToList())
            auto.ReplaceBy(new LiteralInline(auto.Url));
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(doc);
        // Markdig leaves direction controls as they are: make them visible like every other page does
        return BidiControls.Visible(writer.ToString().Trim());
    }

    /// <summary>A cell is rendered without its paragraph.</summary>
    private static string Inline(string markdown)
    {
        var html = Html(markdown);
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) ? html[3..^4] : html;
    }

    /// <summary>A link stays only to this site (a path, not //host or /\host) or to http(s); javascript:, data:,
    /// mailto: and every other scheme become "#".</summary>
    private static bool IsSafe(string? url) =>
        url is null || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)) || url.StartsWith('#') ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static bool IsRule(string line) => line.All(c => c is '-' or '|' or ':' or ' ' or '\t' or '=') && line.Contains('-');
}
