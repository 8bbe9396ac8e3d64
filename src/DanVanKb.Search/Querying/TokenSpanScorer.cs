using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Spans;

namespace DanVanKb.Search.Querying;

/// <summary>Lucene's QueryScorer, with a phrase's places in a hit found in the hit's own tokens. Lucene finds them
/// by indexing each hit's text in memory (a MemoryIndex) and running the phrase as a span query over it: for a quoted
/// phrase, 20-70 µs a hit, most of a page's snippets. A phrase of words that must stand one after another (no slop,
/// no gaps) stands where its words do, position after position: the same spans, so the same marks and the same
/// fragment. The text is analyzed for its positions before the highlighter analyzes it (the analyzer reuses one
/// token stream a thread), and only when the query holds a phrase; any other span query is left to Lucene.</summary>
internal sealed class TokenSpanScorer : QueryScorer
{
    private readonly Dictionary<string, List<int>>? positions;

    public TokenSpanScorer(Query query, string field, string text, Analyzer analyzer)
        : base(query, field)
    {
        positions = HasPhrase(query, field) ? Read(analyzer, field, text) : null;
    }

    protected override WeightedSpanTermExtractor NewTermExtractor(string defaultField) => new Extractor(defaultField, positions);

    private static bool HasPhrase(Query q, string field) => q switch
    {
        PhraseQuery p => p.GetTerms().Any(t => t.Field == field),
        BooleanQuery b => b.Clauses.Any(c => !c.IsProhibited && HasPhrase(c.Query, field)),
        _ => false,
    };

    /// <summary>Each term of the text and the positions it stands at, in order, as Lucene's in-memory index counts
    /// them: the first token at 0, each next one at its increment.</summary>
    private static Dictionary<string, List<int>> Read(Analyzer analyzer, string field, string text)
    {
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        using var tokens = analyzer.GetTokenStream(field, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        var position = -1;
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            var word = term.ToString();
            if (!found.TryGetValue(word, out var at)) found[word] = at = [];
            at.Add(position);
        }
        tokens.End();
        return found;
    }

    private sealed class Extractor(string? defaultField, Dictionary<string, List<int>>? positions) : WeightedSpanTermExtractor(defaultField)
    {
        protected override void ExtractWeightedSpanTerms(IDictionary<string, WeightedSpanTerm> terms, SpanQuery spanQuery)
        {
            if (positions is null || Adjacent(spanQuery) is not { } phrase)
            {
                base.ExtractWeightedSpanTerms(terms, spanQuery);
                return;
            }
            // as Lucene adds them: a term new to the map weighs the phrase's boost and counts only within its spans
            // (a phrase on another field adds nothing: its spans are found, its terms not kept)
            var kept = phrase.Distinct().Where(t => FieldNameComparer(t.Field)).ToList();
            if (kept.Count == 0) return;
            var spans = Spans(phrase, positions);
            if (spans.Count == 0) return;
            foreach (var text in kept.Select(t => t.Text))
            {
                if (terms.TryGetValue(text, out var known) && known is not null)
                {
                    known.AddPositionSpans(spans);
                    continue;
                }
                var weighted = new WeightedSpanTerm(spanQuery.Boost, text) { IsPositionSensitive = true };
                weighted.AddPositionSpans(spans);
                terms[text] = weighted;
            }
        }

        /// <summary>The terms of a phrase whose words stand one after another (how Lucene's extractor turns an exact
        /// PhraseQuery into spans), or null for any other span query.</summary>
        private static Term[]? Adjacent(SpanQuery q) =>
            q is SpanNearQuery { Slop: 0, IsInOrder: true } near && near.GetClauses() is { Length: > 0 } clauses && clauses.All(c => c is SpanTermQuery)
                ? [.. clauses.Select(c => ((SpanTermQuery)c).Term)]
                : null;

        /// <summary>Each place the phrase's words stand one after another, from its first word's position to its last's.</summary>
        private static List<PositionSpan> Spans(Term[] phrase, Dictionary<string, List<int>> positions)
        {
            var spans = new List<PositionSpan>();
            var at = new List<int>[phrase.Length];
            for (var i = 0; i < phrase.Length; i++)
                if (!positions.TryGetValue(phrase[i].Text, out at[i]!)) return spans;
            foreach (var start in at[0])
            {
                var whole = true;
                for (var i = 1; i < phrase.Length && whole; i++) whole = at[i].BinarySearch(start + i) >= 0;
                if (whole) spans.Add(new PositionSpan(start, start + phrase.Length - 1));
            }
            return spans;
        }
    }
}
