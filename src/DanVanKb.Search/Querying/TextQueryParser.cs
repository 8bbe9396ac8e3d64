using DanVanKb.Search.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Turns what was typed into a query: the classic syntax ("…" phrases, AND/OR/NOT, -word, word*)
/// over the folded field, all words required, with the same query over the exact field as a boost so
/// exact-accent matches rank first. A query the syntax rejects becomes a plain search for its words.</summary>
public static class TextQueryParser
{
    private const float ExactBoost = 2f;

    /// <summary>The query for what was typed, within <see cref="SearchLimits"/>: throws
    /// <see cref="SearchRefusedException"/> for a query too long or with too many clauses.</summary>
    public static (Query Query, bool PlainTermFallback) Parse(string text)
    {
        var input = VietnameseNormalizationFilter.Normalize(SearchLimits.Clean(text).Trim());
        if (input.Length == 0) return (new MatchAllDocsQuery(), false);
        var deep = SearchLimits.TooDeep(input);
        var folded = deep ? null : TryParse(SearchFields.Text, SearchAnalyzers.Folded, input);
        var exact = deep ? null : TryParse(SearchFields.TextExact, SearchAnalyzers.Exact, input);
        var fallback = folded is null || exact is null;
        folded ??= Plain(SearchFields.Text, SearchAnalyzers.Folded, input);
        exact ??= Plain(SearchFields.TextExact, SearchAnalyzers.Exact, input);
        SearchLimits.CheckClauses(folded);
        exact.Boost = ExactBoost;
        return (new BooleanQuery { { folded, Occur.MUST }, { exact, Occur.SHOULD } }, fallback);
    }

    private static Query? TryParse(string field, Analyzer analyzer, string input)
    {
        var parser = new FoldingQueryParser(field, analyzer, analyzer == SearchAnalyzers.Folded)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            // a wildcard, fuzzy or range term keeps only its best expansions, so highlighting sees them too
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(SearchLimits.MaxExpansions),
            FuzzyPrefixLength = 1,
        };
        try
        {
            // '/' opens a regular expression in the classic syntax, and every symbol has one
            return parser.Parse(input.Replace("/", "\\/", StringComparison.Ordinal));
        }
        catch (ParseException)
        {
            return null;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return null;
        }
    }

    /// <summary>Every word of the input required, as plain terms: the fallback that cannot fail.</summary>
    internal static Query Plain(string field, Analyzer analyzer, string input)
    {
        var q = new BooleanQuery();
        foreach (var term in SearchAnalyzers.Terms(analyzer, field, input).Distinct().Take(SearchLimits.MaxClauses + 1))
            q.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        return q;
    }
}
