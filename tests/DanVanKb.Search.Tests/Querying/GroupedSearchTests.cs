using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A grouped search gives one entry per report (its best passage, with how many more of its
/// passages match) so that a report repeating a phrase does not fill the page.</summary>
public class GroupedSearchTests(TestIndex index) : IClassFixture<TestIndex>
{
    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(p => p.Text));

    [Fact]
    public void A_report_repeating_a_phrase_is_one_entry_with_the_count_of_its_other_passages()
    {
        var flat = index.Searcher.Search(new SearchRequest("dân vận"));
        var grouped = index.Searcher.Search(new SearchRequest("dân vận", Grouped: true));

        var flatPassages = flat.Hits.Count(h => !h.IsDocument);
        Assert.True(flatPassages >= 3, "the report has several passages on dân vận");
        var entry = Assert.Single(grouped.Hits, h => !h.IsDocument);
        Assert.Equal("src-1", entry.Source);
        Assert.Equal(flatPassages - 1, entry.MoreInReport);
        Assert.Equal(flat.Hits.First(h => !h.IsDocument).Id, entry.Id); // the report's best passage leads
        Assert.Equal(grouped.Hits.Count, grouped.Total);
        Assert.Equal(flat.Total, grouped.TotalHits);
    }

    [Fact]
    public void Grouped_pages_split_the_entries_not_the_passages()
    {
        var first = index.Searcher.Search(new SearchRequest("dân", PageSize: 2, Grouped: true));
        var second = index.Searcher.Search(new SearchRequest("dân", Page: 2, PageSize: 2, Grouped: true));
        var all = first.Hits.Concat(second.Hits).ToList();

        Assert.Equal(first.Total, second.Total);
        Assert.Equal(Math.Min(4, first.Total), all.Count);
        Assert.Equal(all.Count, all.Select(h => h.Source ?? h.Id).Distinct().Count());
    }

    [Fact]
    public void The_passages_of_one_report_are_listed_when_asked_for_that_report()
    {
        var inReport = index.Searcher.Search(new SearchRequest("dân vận", Grouped: true, Report: "src-1"));

        Assert.True(inReport.Hits.Count >= 3);
        Assert.All(inReport.Hits, h => Assert.Equal("src-1", h.Source));
        Assert.All(inReport.Hits, h => Assert.Equal(0, h.MoreInReport));
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_stand_together()
    {
        var hit = index.Searcher.Search(new SearchRequest("\"công tác dân vận\"")).Hits.First(h => !h.IsDocument);

        Assert.StartsWith("Công tác dân vận", Text(hit), StringComparison.Ordinal);
        Assert.Equal(["Công", "tác", "dân", "vận"], hit.Snippet.Where(p => p.Hit).Select(p => p.Text));
    }
}
