namespace DanVanKb.Search.Querying;

/// <summary>The answer to a search: documents whose symbol the query names (first), then the text hits of
/// the requested page, the total, and for each filter the values found in the results with their counts.
/// Total counts the entries (reports and documents when grouped, else records); TotalHits the records.</summary>
public sealed record SearchResults(
    SearchRequest Request,
    IReadOnlyList<string> SymbolMatches,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Levels,
    IReadOnlyList<FacetCount> Places,
    bool PlainTermFallback,
    int TotalHits)
{
    public int Pages => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);

    /// <summary>The filters' values were counted over the first <see cref="SearchLimits.ExactCount"/> hits (of
    /// each core's share of the index) only: each count is a lower bound. Total, TotalHits and the hits are exact.</summary>
    public bool FacetsCapped { get; init; }
}

/// <summary>A filter value and how many results have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>A piece of a snippet; <see cref="Hit"/> pieces are the words the query matched.</summary>
public sealed record SnippetPart(string Text, bool Hit);

/// <summary>One result: a document record or a passage of a report (with its file, line and the
/// documents it mentions).</summary>
public sealed record SearchHit(
    string Kind,
    string Id,
    float Score,
    string? Source,
    string? File,
    int? Line,
    string? Block,
    IReadOnlyList<string> Documents,
    IReadOnlyList<SnippetPart> Snippet)
{
    public bool IsDocument => Kind == SearchFields.DocumentKind;

    /// <summary>In a grouped search, the other passages of the same report that match.</summary>
    public int MoreInReport { get; init; }
}
