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
    protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(field, Fold(termStr));

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(field, Fold(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, Fold(termStr), minSimilarity);

    private string Fold(string term)
    {
        var lower = term.ToLowerInvariant();
        return fold ? Analysis.AccentFolding.Fold(lower) : lower;
    }
}
