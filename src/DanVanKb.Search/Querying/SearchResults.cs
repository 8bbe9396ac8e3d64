namespace DanVanKb.Search.Querying;

/// <summary>The answer to a search: documents whose symbol the query names (first), then the text hits of
/// the requested page, the total, and for each filter the values found in the results with their counts.
/// Total counts the entries (reports and documents when grouped, else records); TotalHits the records; both
/// are lower bounds when <see cref="TotalCapped"/>.</summary>
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
    /// <summary>The pages the counted entries fill: when <see cref="TotalCapped"/>, there may be more.</summary>
    public int Pages => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);

    /// <summary>Whether a page follows this one: within the counted entries, or, beyond them, when this one is full.</summary>
    public bool HasNextPage => Request.Page < Pages || (TotalCapped && Hits.Count == Request.PageSize);

    /// <summary>The filters' values were counted over the first <see cref="SearchLimits.ExactCount"/> hits only:
    /// each count is a lower bound. The hits and their order are exact.</summary>
    public bool FacetsCapped { get; init; }

    /// <summary>There were more hits than the first <see cref="SearchLimits.ExactCount"/>, which alone were
    /// counted (the rest were ranked, block by block, without being counted): Total
    /// and TotalHits are lower bounds, as are the filters' counts. The hits, their order and each hit's
    /// <see cref="SearchHit.MoreInReport"/> are exact.</summary>
    public bool TotalCapped { get; init; }
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
