using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

public class KbSearcherTests(TestIndex index) : IClassFixture<TestIndex>
{
    private SearchResults Search(string q, string? type = null) => index.Searcher.Search(new SearchRequest(q, Type: type));

    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(p => p.Text));

    [Theory]
    [InlineData("dan van kheo")]
    [InlineData("dân vận khéo")]
    [InlineData("DÂN VẬN KHÉO")]
    [InlineData("dan van khéo")]
    public void Every_spelling_finds_Dan_van_kheo(string q)
    {
        var results = Search(q);
        Assert.Contains(results.Hits, h => Text(h).Contains("Dân vận khéo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("khé*")]
    [InlineData("KHÉ*")]
    [InlineData("khe*")]
    [InlineData("kh?o")]
    [InlineData("vận khé*")]
    public void Prefix_and_wildcard_terms_are_folded_like_the_words(string q)
    {
        var hits = Search(q).Hits.Where(h => !h.IsDocument).ToList();
        Assert.Contains(hits, h => Text(h).Contains("khéo", StringComparison.Ordinal));
        Assert.Contains(hits.SelectMany(h => h.Snippet).Where(p => p.Hit), p => p.Text.StartsWith("kh", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("25-NQ/TW")]
    [InlineData("nq 25")]
    public void A_symbol_query_finds_the_document_and_the_passages_citing_it_not_its_scattered_words(string q)
    {
        var results = Search(q);

        Assert.Equal("doc-nq25", results.Hits[0].Id);
        var passages = results.Hits.Where(h => !h.IsDocument).ToList();
        Assert.Contains(passages, h => Text(h).Contains("Nghị quyết số 25-NQ/TW", StringComparison.Ordinal));
        Assert.All(passages, h => Assert.Contains("doc-nq25", h.Documents));
        Assert.DoesNotContain(passages, h => Text(h).Contains("có 25 xã", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prefix_scores_alike_wherever_it_matches_with_its_accents_first()
    {
        var hits = Search("vậ*").Hits.Where(h => !h.IsDocument).ToList();

        var twice = hits.Single(h => Text(h).Contains("vận động nhân dân, dân vận", StringComparison.Ordinal));
        var once = hits.Single(h => Text(h).Contains("Công tác dân vận của", StringComparison.Ordinal));
        var otherAccent = hits.Single(h => Text(h).Contains("dân vẫn khéo", StringComparison.Ordinal));
        Assert.Equal(once.Score, twice.Score);
        Assert.True(otherAccent.Score < once.Score, "a word with other accents ranks below");
    }

    [Fact]
    public void A_prefix_that_no_word_has_finds_nothing() => Assert.Empty(Search("khé*zz").Hits);

    [Fact]
    public void Exact_accents_rank_above_other_accents()
    {
        var hits = Search("dân vận khéo").Hits.Where(h => !h.IsDocument).ToList();
        var exact = hits.FindIndex(h => Text(h).Contains("\"Dân vận khéo\"", StringComparison.Ordinal));
        var other = hits.FindIndex(h => Text(h).Contains("dân vẫn khéo", StringComparison.Ordinal));
        Assert.True(exact >= 0 && other >= 0, "both passages are found");
        Assert.True(exact < other, "the exact spelling ranks first");
    }

    [Fact]
    public void Snippets_mark_the_matched_words_whatever_their_accents()
    {
        var hit = Search("dan van kheo").Hits.First(h => !h.IsDocument && Text(h).Contains("\"Dân vận khéo\"", StringComparison.Ordinal));
        Assert.Equal(["Dân", "vận", "khéo"], hit.Snippet.Where(p => p.Hit).Select(p => p.Text));
        Assert.Equal("bao-cao.txt", hit.File);
        Assert.Equal(3, hit.Line);
        Assert.Contains("doc-kh97", hit.Documents);
    }

    [Fact]
    public void A_phrase_query_needs_the_words_together()
    {
        var phrase = Search("\"công tác dân vận\"");
        Assert.Contains(phrase.Hits, h => Text(h).StartsWith("Công tác dân vận", StringComparison.Ordinal));
        Assert.DoesNotContain(phrase.Hits, h => Text(h).StartsWith("Nhiều xã", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("25-NQ/TW", "doc-nq25")]
    [InlineData("25/NQ-TW", "doc-nq25")]
    [InlineData("nq 25", "doc-nq25")]
    [InlineData("Nghị quyết 25", "doc-nq25")]
    [InlineData("kl 43", "doc-kl43")]
    [InlineData("33/CT-TTg", "doc-ct33")]
    [InlineData("33-CT/TTg", "doc-ct33")]
    public void A_symbol_query_resolves_to_its_document_first(string q, string id) =>
        Assert.Equal(id, Search(q).SymbolMatches.FirstOrDefault());

    [Theory]
    [InlineData("\"dân vận")]
    [InlineData("(dân")]
    [InlineData("dân AND")]
    [InlineData("*khéo")]
    [InlineData("[a TO")]
    [InlineData("dân/vận/")]
    [InlineData("~~ ^^ ::")]
    [InlineData("")]
    public void A_malformed_query_does_not_throw(string q)
    {
        var results = Search(q);
        Assert.NotNull(results.Hits);
    }

    [Fact]
    public void A_malformed_query_falls_back_to_its_plain_words()
    {
        var results = Search("\"dân vận khéo");
        Assert.True(results.PlainTermFallback);
        Assert.Contains(results.Hits, h => Text(h).Contains("Dân vận khéo", StringComparison.Ordinal));
    }

    [Fact]
    public void Filters_narrow_the_results_and_count_each_value()
    {
        var all = Search("dân vận");
        Assert.Contains(all.Types, t => t.Value == "Kế hoạch");
        Assert.Contains(all.Types, t => t.Value == "Nghị quyết");
        var plans = Search("dân vận", type: "Kế hoạch");
        Assert.True(plans.Total < all.Total);
        Assert.All(plans.Hits, h => Assert.True(h.IsDocument ? h.Id == "doc-kh97" : h.Documents.Contains("doc-kh97")));
        Assert.Contains(plans.Types, t => t.Value == "Nghị quyết"); // the other values stay visible, to switch to
    }

    [Fact]
    public void Year_range_filters_by_the_documents_year()
    {
        var results = index.Searcher.Search(new SearchRequest("", YearFrom: 2019, YearTo: 2021));
        Assert.Contains(results.Hits, h => h.Id == "doc-kl43");
        Assert.DoesNotContain(results.Hits, h => h.Id == "doc-nq25");
    }

    [Fact]
    public void Pages_split_the_results()
    {
        var first = index.Searcher.Search(new SearchRequest("dân", PageSize: 2));
        var second = index.Searcher.Search(new SearchRequest("dân", Page: 2, PageSize: 2));
        Assert.Equal(2, first.Hits.Count);
        Assert.True(first.Total > 2);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }
}
