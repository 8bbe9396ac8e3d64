using DanVanKb.Search.Querying;

namespace DanVanKb.Web.Pages.Shared;

/// <summary>One filter of the search page: its values with counts, the chosen one, and how to link each.
/// AtLeast: the counts stopped at <see cref="SearchLimits.ExactCount"/> hits and are lower bounds.</summary>
public sealed record FacetView(string Title, string Name, IReadOnlyList<FacetCount> Values, string? Selected, Func<string?, string> Link, Func<string, string> Label, bool AtLeast = false);
