using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>The classic parser, except that the terms it does not analyze (prefix "khé*", wildcard,
/// fuzzy) are folded like the field's words when the field is folded: without it "khé*" looks for an
/// accented term in a field that holds none and finds nothing.</summary>
internal sealed class FoldingQueryParser(string field, Analyzer analyzer, bool fold)
    : QueryParser(Analysis.VietnameseAnalyzer.Version, field, analyzer)
{
    /// <summary>A prefix scores the same wherever it matches, as Elasticsearch's prefix query does by default:
    /// scored as the sum of its expansions' TF-IDF, a common prefix ("giá*": giá, giám, giáo, …) had a bound on
    /// each block of records so loose that every block was read, 80 ms at 20,000 reports.</summary>
    protected override Query GetPrefixQuery(string field, string termStr) =>
        new ConstantScoreQuery(base.GetPrefixQuery(field, Fold(termStr)));

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(field, Fold(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, Fold(termStr), minSimilarity);

    private string Fold(string term)
    {
        var lower = term.ToLowerInvariant();
        return fold ? Analysis.AccentFolding.Fold(lower) : lower;
    }
}
