using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>The filters of a request as a Lucene filter; one dimension can be left out, so its counts show
/// the other values a user could switch to.</summary>
internal static class SearchFilters
{
    public static Filter? Build(SearchRequest r, string? except)
    {
        var q = new BooleanQuery();
        void Keyword(string field, string? value)
        {
            if (value is not null && field != except) q.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
        Keyword(SearchFields.Type, r.Type);
        Keyword(SearchFields.Level, r.Level);
        Keyword(SearchFields.Place, r.Place);
        Keyword(SearchFields.Source, r.Report);
        if (r.YearFrom is not null || r.YearTo is not null)
            q.Add(NumericRangeQuery.NewInt32Range(SearchFields.Year, r.YearFrom, r.YearTo, true, true), Occur.MUST);
        return q.Clauses.Count == 0 ? null : new QueryWrapperFilter(q);
    }
}
