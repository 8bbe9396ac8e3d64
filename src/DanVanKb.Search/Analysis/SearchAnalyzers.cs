using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace DanVanKb.Search.Analysis;

/// <summary>The analyzers of the index: folded for <see cref="SearchFields.Text"/>, exact for
/// <see cref="SearchFields.TextExact"/>. Used both when indexing and when parsing queries.</summary>
public static class SearchAnalyzers
{
    public static Analyzer Folded { get; } = new VietnameseAnalyzer(fold: true);

    public static Analyzer Exact { get; } = new VietnameseAnalyzer(fold: false);

    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        Folded, new Dictionary<string, Analyzer> { [SearchFields.TextExact] = Exact });

    /// <summary>The terms an analyzer makes of a text, for a plain term query and for tests.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
