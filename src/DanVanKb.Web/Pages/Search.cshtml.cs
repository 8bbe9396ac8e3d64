using DanVanKb.Search.Querying;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>Search results: documents named by the query's symbol first, then text hits with snippets, one
/// entry per report (its best passage; "N đoạn khác trong báo cáo này" opens the rest), each report named by
/// its number, date, issuer and title; filters with counts, paging.</summary>
public sealed class SearchModel(KbStore store, SearchTurns turns) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "cap")]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "noi")]
    public string? Place { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public int? To { get; set; }

    /// <summary>Only this report's passages: what "N đoạn khác trong báo cáo này" opens.</summary>
    [BindProperty(SupportsGet = true, Name = "bao-cao")]
    public string? Report { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    /// <summary>Why the query was not run (too long, too many clauses): shown with status 400.</summary>
    public string? Refused { get; private set; }

    public KbSnapshot Kb { get; private set; } = null!;

    public IReadOnlyList<DocumentRow> SymbolMatches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancel)
    {
        var view = store.Current(); // the graph and the index of one state
        Kb = view.Snapshot;
        if (string.IsNullOrWhiteSpace(Q) && Type is null && Level is null && Place is null && From is null && To is null && Report is null) return;
        try
        {
            Results = await turns.Search(view, ToRequest(), cancel);
        }
        catch (SearchRefusedException e)
        {
            Refused = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        SymbolMatches = [.. Results.SymbolMatches.Select(id => Kb.ById.GetValueOrDefault(id)).OfType<DocumentRow>()];
    }

    public SearchRequest ToRequest() => new(Q ?? "", Type, Level, Place, From, To, Math.Max(1, PageNumber), Grouped: true, Report: Report);

    /// <summary>This search with one filter changed (null removes it), back on the first page.</summary>
    public string With(string? type = "\0", string? level = "\0", string? place = "\0", int page = 1, string? report = "\0") =>
        Routes.Search(Q, type == "\0" ? Type : type, level == "\0" ? Level : level, place == "\0" ? Place : place, From, To, page, report == "\0" ? Report : report);
}
