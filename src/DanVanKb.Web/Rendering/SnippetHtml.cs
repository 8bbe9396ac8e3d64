using DanVanKb.Search.Querying;

using Microsoft.AspNetCore.Html;

namespace DanVanKb.Web.Rendering;

/// <summary>A snippet as HTML: the text encoded, the matched words in &lt;mark&gt;, nothing added between pieces.</summary>
public static class SnippetHtml
{
    public static IHtmlContent Render(IEnumerable<SnippetPart> parts)
    {
        var html = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            if (part.Hit) html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            else html.Append(part.Text);
        }
        return html;
    }
}
