using System.Globalization;

using DanVanKb.Web.Checking;

using Microsoft.AspNetCore.Html;

namespace DanVanKb.Web.Rendering;

/// <summary>The checked draft as HTML: the text encoded, each flagged stretch in a &lt;mark&gt; coloured by
/// its worst finding, followed by links to the findings that end there; nothing added between pieces.</summary>
public static class MarkedDraftHtml
{
    public static IHtmlContent Render(IEnumerable<MarkedDraft.Piece> pieces)
    {
        var html = new HtmlContentBuilder();
        foreach (var p in pieces)
        {
            if (p.Css is null) html.Append(p.Text);
            else html.AppendHtml($"<mark class=\"m-{p.Css}\" title=\"").Append(p.Title ?? "").AppendHtml("\">").Append(p.Text).AppendHtml("</mark>");
            foreach (var n in p.Notes)
            {
                var number = n.ToString(CultureInfo.InvariantCulture);
                html.AppendHtml($"<sup class=\"note\"><a href=\"#f-{number}\">{number}</a></sup>");
            }
        }
        return html;
    }
}
