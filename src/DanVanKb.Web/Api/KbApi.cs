using DanVanKb.Core.Checking;
using DanVanKb.Core.Text;
using DanVanKb.Search.Querying;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Api;

/// <summary>The JSON twins of the pages. Errors are ProblemDetails (see Hosting/ErrorResponses).</summary>
public static class KbApi
{
    public static void MapKbApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", Search);
        api.MapGet("/documents/{id}", Document);
        api.MapGet("/documents/{id}/tree", Tree);
        api.MapGet("/sources/{id}", Source);
        api.MapCheckApi();
    }

    private static IResult NotFound(string what) => Results.Problem(statusCode: 404, title: "Không tìm thấy", detail: what);

    /// <summary>grouped (default true): one hit per report, its best passage, with moreInReport; report: only
    /// that report's passages.</summary>
    private static async Task<IResult> Search(KbStore store, SearchTurns turns, string? q, string? type, string? level, string? place, int? from, int? to, int? page, int? size, bool? grouped, string? report, CancellationToken cancel)
    {
        if (page is < 1 || size is < 1 or > 100)
            return Results.Problem(statusCode: 400, title: "Yêu cầu không hợp lệ", detail: "page ≥ 1, 1 ≤ size ≤ 100");
        var view = store.Current();
        var s = view.Snapshot;
        SearchResults r;
        try
        {
            r = await turns.Search(view, new SearchRequest(q ?? "", type, level, place, from, to, page ?? 1, size ?? 20, grouped ?? true, report), cancel);
        }
        catch (SearchRefusedException e)
        {
            return Results.Problem(statusCode: 400, title: "Yêu cầu không hợp lệ", detail: e.Message);
        }
        return Results.Ok(new
        {
            query = r.Request.Query,
            total = r.Total,
            totalHits = r.TotalHits,
            totalCapped = r.TotalCapped,
            page = r.Request.Page,
            pages = r.Pages,
            hasNextPage = r.HasNextPage,
            plainTermFallback = r.PlainTermFallback,
            symbolMatches = r.SymbolMatches.Where(s.ById.ContainsKey).Select(id => DocumentJson.From(s.ById[id])),
            hits = r.Hits.Select(h => new
            {
                kind = h.Kind,
                id = h.Id,
                score = h.Score,
                url = h.IsDocument ? (s.ById.TryGetValue(h.Id, out var d) ? Routes.Document(d.Slug) : null) : Routes.SourceLine(h.Source!, h.Line ?? 1),
                report = h.Source is null ? null : ReportJson.Of(s.ReportOf(h.Source)),
                file = h.Source is null ? null : s.ReportOf(h.Source).File,
                line = h.Line,
                moreInReport = h.MoreInReport,
                snippet = string.Concat(h.Snippet.Select(p => p.Text)),
                highlights = h.Snippet.Where(p => p.Hit).Select(p => p.Text),
                documents = h.Documents.Where(s.ById.ContainsKey).Select(id => new { id, slug = s.ById[id].Slug, url = Routes.Document(s.ById[id].Slug), label = Citation.Short(s.ById[id]) }),
            }),
            facets = new { type = r.Types, level = r.Levels, place = r.Places },
            facetsCapped = r.FacetsCapped,
        });
    }

    /// <summary>Reports listed per variant in a document's twin; the rest are counted (`sourceCount`). A
    /// central resolution is cited by tens of thousands of reports.</summary>
    private const int VariantSources = 100;

    private static IResult Document(KbStore store, string id)
    {
        var s = store.Snapshot();
        if (s.Find(id) is not { } d) return NotFound($"Không có văn bản “{id}”.");
        // built once per state, like the page: the answer never changes within one
        return Results.Ok(s.Cached("api-document:" + d.Id, () =>
        {
            var known = Citation.Known(d);
            return (object)new
            {
                document = DocumentJson.From(d),
                citation = new { full = CitationFormatter.Full(known), @short = CitationFormatter.Short(known), trust = TrustNote.For(known) },
                variants = d.Variants.Select(v => new
                {
                    symbol = v.Symbol,
                    date = v.Date,
                    count = v.Count,
                    sourceCount = v.Sources.Count,
                    sources = v.Sources.Take(VariantSources).Select(src => new { id = src, name = s.ReportOf(src).Name, title = s.ReportOf(src).Title, file = s.ReportOf(src).File, url = Routes.Source(src) }).ToList(),
                }).ToList(),
                actsOn = s.From[d.Id].Select(r => RelationJson.Of(r, s)).ToList(),
                actedOnBy = s.To[d.Id].Select(r => RelationJson.Of(r, s)).ToList(),
                // the page's "Văn bản căn cứ" and "Văn bản sửa đổi, bổ sung", by the key the page's sections use
                related = RelatedDocuments.Of(s, d).ToDictionary(g => g.Id, g => g.Rows.Select(r => RelationJson.Of(r, s)).ToList()),
            };
        }));
    }

    /// <summary>Nodes per direction unless ?limit= asks for more (up to <see cref="MaxTreeNodes"/>).</summary>
    private const int DefaultTreeNodes = 2000;
    private const int MaxTreeNodes = 50_000;

    private static IResult Tree(KbStore store, string id, int? limit)
    {
        var s = store.Snapshot();
        if (s.Find(id) is not { } d) return NotFound($"Không có văn bản “{id}”.");
        var budget = Math.Clamp(limit ?? DefaultTreeNodes, 1, MaxTreeNodes);
        return Results.Ok(new
        {
            up = TreeJson.From(ImplementationTree.Up(s, d).Pruned(budget)),
            down = TreeJson.From(ImplementationTree.Down(s, d).Pruned(budget)),
        });
    }

    private static IResult Source(KbStore store, string id)
    {
        var s = store.Snapshot();
        if (!s.SourceById.TryGetValue(id, out var src)) return NotFound($"Không có báo cáo “{id}”.");
        using var content = store.Content();
        // withdrawn since the state being served was loaded
        if (content.Source(id) is not { } text) return NotFound($"Không có báo cáo “{id}”.");
        var bytes = content.Original(id);
        var original = bytes is null ? null : OriginalFile.Of(src, bytes);
        var name = s.ReportOf(src.Id);
        return Results.Ok(new
        {
            id = src.Id,
            name = name.Name,
            title = name.FullTitle,
            file = name.File,
            url = Routes.Source(src.Id),
            encoding = src.Encoding,
            document = src.Document is { } doc && s.ById.TryGetValue(doc, out var own) ? DocumentJson.From(own) : null,
            mentions = content.MentionsIn(id).Select(m => new { written = m.Written, kind = m.Kind, line = m.Line, column = m.Column, start = m.Start, end = m.End, document = m.DocumentId, url = Routes.SourceLine(id, m.Line) }),
            text = text.Text,
            // the page's "Tải tệp gốc" and, for a legacy 8-bit file, its side-by-side original; null when not stored
            original = original is null ? null : new
            {
                url = Routes.SourceOriginal(id),
                file = original.FileName,
                contentType = original.ContentType,
                bytes = original.Length,
                kind = original.KindName,
                converted = original.Kind.Converted(),
                windows1252 = original.Kind == OriginalKind.EightBit ? Windows1252.Decode(bytes) : null,
            },
        });
    }
}
