namespace DanVanKb.Search.Querying;

/// <summary>A search: the words typed, the filters chosen, the page wanted. Grouped: one entry per report
/// (its best passage, with how many more it has) rather than one per passage, so a report that repeats a
/// phrase does not fill the page. Report: only that report's passages.</summary>
public sealed record SearchRequest(
    string Query,
    string? Type = null,
    string? Level = null,
    string? Place = null,
    int? YearFrom = null,
    int? YearTo = null,
    int Page = 1,
    int PageSize = 20,
    bool Grouped = false,
    string? Report = null)
{
    public bool HasFilters => Type is not null || Level is not null || Place is not null || YearFrom is not null || YearTo is not null || Report is not null;
}
