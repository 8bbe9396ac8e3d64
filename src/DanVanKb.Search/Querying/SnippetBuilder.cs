using DanVanKb.Search.Analysis;

using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace DanVanKb.Search.Querying;

/// <summary>Builds a snippet with Lucene's highlighter: the hit's stored text is analyzed again with the
/// folded analyzer (only the dozen hits of a page are, which spares the index term vectors for every
/// passage), so the query's words are marked whatever their accents; a phrase is marked only where its
/// words stand together. The best fragment of about <see cref="Window"/> characters is kept.</summary>
internal static class SnippetBuilder
{
    private const int Window = 280;

    // private-use characters around each marked word, taken out of the text before it is highlighted
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    /// <summary>The snippet of <paramref name="body"/> for a query rewritten to its terms (prefixes and
    /// wildcards expanded by the searcher); the text's start when the query marks nothing in it.</summary>
    public static IReadOnlyList<SnippetPart> Build(string body, Query? query) =>
        Build(body, query, (q, text) => new TokenSpanScorer(q, SearchFields.Text, text, SearchAnalyzers.Folded));

    /// <summary>The snippet as <paramref name="scorer"/> marks the query's words: what tests hold
    /// <see cref="TokenSpanScorer"/> against Lucene's own QueryScorer with.</summary>
    internal static IReadOnlyList<SnippetPart> Build(string body, Query? query, Func<Query, string, QueryScorer> scorer)
    {
        body = body.Replace(Open, ' ').Replace(Close, ' ');
        var fragment = query is null ? null : BestFragment(body, scorer(query, body));
        if (fragment is null) return [new SnippetPart(body.Length <= Window ? body : body[..Window] + " …", false)];
        var parts = new List<SnippetPart>();
        var plain = fragment.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);
        var at = body.IndexOf(plain, StringComparison.Ordinal);
        if (at > 0) parts.Add(new SnippetPart("… ", false));
        foreach (var (piece, i) in fragment.Split(Open).Select((p, i) => (p, i)))
        {
            var close = piece.IndexOf(Close, StringComparison.Ordinal);
            if (i == 0 || close < 0)
            {
                if (piece.Length > 0) parts.Add(new SnippetPart(piece, false));
                continue;
            }
            parts.Add(new SnippetPart(piece[..close], true));
            if (close + 1 < piece.Length) parts.Add(new SnippetPart(piece[(close + 1)..], false));
        }
        if (at >= 0 && at + plain.Length < body.Length) parts.Add(new SnippetPart(" …", false));
        return parts;
    }

    private static string? BestFragment(string body, QueryScorer scorer)
    {
        var highlighter = new Highlighter(new Marks(), scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, Window) };
        try
        {
            using var tokens = SearchAnalyzers.Folded.GetTokenStream(SearchFields.Text, body);
            var best = highlighter.GetBestTextFragments(tokens, body, false, 1).FirstOrDefault(f => f is not null && f.Score > 0);
            return best?.ToString().Trim();
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    /// <summary>Marks each word the query scored, leaves the rest as it is.</summary>
    private sealed class Marks : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
