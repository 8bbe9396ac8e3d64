using System.Text;

using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A common word in a large archive: the hits and the filters' values are counted over the first
/// <see cref="SearchLimits.ExactCount"/> hits and then shown as lower bounds, while the order, the first page and
/// each hit's count of other passages in its report stay exact.</summary>
public sealed class CappedCountsTests : IDisposable
{
    private const int Paragraphs = SearchLimits.ExactCount + 500;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "danvankb-capped-" + Guid.NewGuid().ToString("N"));
    private readonly KbSearcher searcher;

    public CappedCountsTests()
    {
        IndexDocument[] docs =
        [
            new("doc-nq25", "Nghị quyết", "25", "25-NQ/TW", 2013, "Ban Chấp hành Trung ương Đảng khóa XI", "central", null, "công tác dân vận", 1, ["25-NQ/TW"]),
            new("doc-kh97", "Kế hoạch", "97", "97-KH/TU", 2013, "Tỉnh ủy Tuyên Quang", "province", "Tuyên Quang", "Dân vận khéo", 1, ["97-KH/TU"]),
        ];
        var text = new StringBuilder();
        var mentions = new List<IndexMention>();
        for (var i = 0; i < Paragraphs; i++)
        {
            // every passage says "dân vận"; one in three cites the plan, the others the resolution; one says "khéo"
            var (symbol, id) = i % 3 == 0 ? ("97-KH/TU", "doc-kh97") : ("25-NQ/TW", "doc-nq25");
            var line = $"Đoạn {i}: xã thực hiện công tác dân vận theo văn bản {symbol}{(i == Paragraphs - 1 ? " rất khéo" : "")}.";
            var at = text.Length + line.IndexOf(symbol, StringComparison.Ordinal);
            mentions.Add(new IndexMention(at, at + symbol.Length, id));
            text.Append(line).Append("\n\n");
        }
        IndexBuilder.Build(folder, docs, [new IndexSource("src-1", "bao-cao.txt", text.ToString(), mentions)]);
        searcher = KbSearcher.Open(folder);
    }

    [Fact]
    public void Counts_the_first_ten_thousand_hits_and_says_so_with_the_first_page_exact()
    {
        using var everyHit = KbSearcher.Open(folder, exactCount: int.MaxValue, skipBlocks: false);
        var r = searcher.Search(new SearchRequest("dân vận", Grouped: false));
        var exact = everyHit.Search(new SearchRequest("dân vận", Grouped: false));

        Assert.True(r.TotalCapped);
        Assert.True(r.FacetsCapped);
        Assert.Equal(SearchLimits.ExactCount, r.TotalHits);
        Assert.Equal(SearchLimits.ExactCount, r.Levels.Sum(l => l.Count));
        Assert.Contains(r.Levels, l => l.Value == "central" && l.Count > 0);
        Assert.Contains(r.Levels, l => l.Value == "province" && l.Count > 0);
        Assert.False(exact.TotalCapped);
        Assert.Equal(Paragraphs + 2, exact.TotalHits); // every passage and both documents' records
        Assert.Equal(exact.Hits.Select(h => (h.Id, h.Score)), r.Hits.Select(h => (h.Id, h.Score)));
        Assert.True(r.HasNextPage);
    }

    [Fact]
    public void A_grouped_hit_counts_every_other_passage_of_its_report_beyond_the_first_ten_thousand()
    {
        var r = searcher.Search(new SearchRequest("dân vận", Grouped: true));

        Assert.True(r.TotalCapped);
        var entry = Assert.Single(r.Hits, h => !h.IsDocument);
        Assert.Equal(Paragraphs - 1, entry.MoreInReport);
    }

    [Fact]
    public void A_filtered_facet_counted_in_its_own_pass_stops_at_the_cap_too()
    {
        var r = searcher.Search(new SearchRequest("dân vận", Level: "province", Grouped: false));

        Assert.True(r.FacetsCapped);
        Assert.Equal((Paragraphs + 2) / 3 + 1, r.TotalHits); // the plan's passages and its record
        Assert.Equal(SearchLimits.ExactCount, r.Levels.Sum(l => l.Count));
        Assert.All(r.Hits.Where(h => !h.IsDocument), h => Assert.Contains("doc-kh97", h.Documents));
    }

    [Fact]
    public void A_rare_word_is_counted_exactly()
    {
        var r = searcher.Search(new SearchRequest("khéo", Grouped: false));

        Assert.False(r.FacetsCapped);
        Assert.False(r.TotalCapped);
        var hit = Assert.Single(r.Hits, h => !h.IsDocument);
        Assert.Contains("rất khéo", string.Concat(hit.Snippet.Select(p => p.Text)));
        Assert.Equal(r.TotalHits, r.Levels.Sum(l => l.Count));
    }

    public void Dispose()
    {
        searcher.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
