using System.Text.RegularExpressions;

using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The search page's answers over the repository's bundled reports are the same whether blocks are
/// skipped after the first hits or every hit is scored and counted: the same hits, scores and order, grouped or
/// not, on the first page and the next, with the same count of other passages in each hit's report.</summary>
public sealed partial class SkippedBlocksSearchTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "danvankb-skipped-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> texts;

    public SkippedBlocksSearchTests()
    {
        var corpus = Path.Combine(Root(), "corpus");
        var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
        texts = [.. files.Select(File.ReadAllText)];
        IndexBuilder.Build(folder, [], files.Select((f, i) => new IndexSource($"src-{i}", Path.GetFileName(f), texts[i], [])));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("DanVanKb.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>Words of the reports (common and rare), two words, phrases as written, prefixes and a symbol.</summary>
    private IEnumerable<string> Queries()
    {
        var words = texts.SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToList();
        var random = new Random(5);
        foreach (var w in words.CountBy(w => w).OrderByDescending(kv => kv.Value).Take(15).Select(kv => kv.Key)) yield return w;
        for (var i = 0; i < 30; i++)
        {
            var at = random.Next(words.Count - 3);
            yield return words[at];
            yield return $"{words[at]} {words[random.Next(words.Count)]}";
            yield return $"\"{words[at]} {words[at + 1]} {words[at + 2]}\"";
        }
        yield return "dân*";
        yield return "25-NQ/TW";
    }

    [Fact]
    public void Gives_the_hits_of_scoring_every_one()
    {
        using var skipping = KbSearcher.Open(folder, exactCount: 25, skipBlocks: true);
        using var everyHit = KbSearcher.Open(folder, exactCount: int.MaxValue, skipBlocks: false);
        var capped = 0;
        foreach (var query in Queries())
            foreach (var grouped in new[] { false, true })
                foreach (var page in new[] { 1, 2 })
                {
                    var request = new SearchRequest(query, Page: page, PageSize: 10, Grouped: grouped);
                    var (got, expected) = (skipping.Search(request), everyHit.Search(request));
                    Assert.False(expected.TotalCapped);
                    Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.MoreInReport)), got.Hits.Select(h => (h.Id, h.Score, h.MoreInReport)));
                    if (got.TotalCapped) capped++;
                }
        Assert.True(capped > 100, $"{capped} searches went past the first hits");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
