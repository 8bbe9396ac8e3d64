namespace DanVanKb.Search.Querying;

/// <summary>A search: the words typed, the filters chosen, the page wanted.</summary>
public sealed record SearchRequest(
    string Query,
    string? Type = null,
    string? Level = null,
    string? Place = null,
    int? YearFrom = null,
    int? YearTo = null,
    int Page = 1,
    int PageSize = 20)
{
    public bool HasFilters => Type is not null || Level is not null || Place is not null || YearFrom is not null || YearTo is not null;
}
