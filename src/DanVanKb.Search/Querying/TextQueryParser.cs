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

    public static (Query Query, bool PlainTermFallback) Parse(string text)
    {
        var input = VietnameseNormalizationFilter.Normalize(text.Trim());
        if (input.Length == 0) return (new MatchAllDocsQuery(), false);
        var folded = TryParse(SearchFields.Text, SearchAnalyzers.Folded, input);
        var exact = TryParse(SearchFields.TextExact, SearchAnalyzers.Exact, input);
        var fallback = folded is null || exact is null;
        folded ??= Plain(SearchFields.Text, SearchAnalyzers.Folded, input);
        exact ??= Plain(SearchFields.TextExact, SearchAnalyzers.Exact, input);
        exact.Boost = ExactBoost;
        return (new BooleanQuery { { folded, Occur.MUST }, { exact, Occur.SHOULD } }, fallback);
    }

    private static Query? TryParse(string field, Analyzer analyzer, string input)
    {
        var parser = new QueryParser(VietnameseAnalyzer.Version, field, analyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
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
        foreach (var term in SearchAnalyzers.Terms(analyzer, field, input).Distinct().Take(BooleanQuery.MaxClauseCount))
            q.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        return q;
    }
}
