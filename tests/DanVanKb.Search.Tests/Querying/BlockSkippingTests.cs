using DanVanKb.Search.Analysis;
using DanVanKb.Search.Querying;

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>Skipping blocks whose score bound cannot beat the worst hit kept gives exactly the hits of scoring
/// every one: on indexes of several segments with deletions, whose words fold together ("hiến", "hiện", "hiền"),
/// whose passages are short and long and tie often, with the store order running with the doc ids in each
/// segment (as the index builder writes it) or shuffled against them; for words, several words, OR and NOT,
/// phrases, prefixes, fuzzy words (which have no bound) and filters.</summary>
public sealed class BlockSkippingTests : IDisposable
{
    private static readonly string[] Words =
    [
        "dân", "vận", "công", "tác", "hiến", "hiện", "hiền", "thực", "dẫn", "dần", "khéo", "tiếp", "cộng", "giá", "giám",
        "giáo", "giao", "sát", "xã", "hội", "nông", "thôn", "mới", "tôn", "đất", "đạt", "chủ", "quy", "chế", "thoại",
    ];

    /// <summary>Rare words whose folded forms are common ones ("hien", "dan", "gia").</summary>
    private static readonly string[] Rare = ["hiển", "dặn", "giã"];

    private static readonly string[] Levels = ["central", "province", "district", "commune"];
    private readonly RAMDirectory written = new(), shuffled = new();
    private readonly DirectoryReader reader, shuffledReader;
    private readonly List<string> passages = [];

    public BlockSkippingTests()
    {
        reader = Fill(written, shuffle: false);
        passages.Clear();
        shuffledReader = Fill(shuffled, shuffle: true);
    }

    private DirectoryReader Fill(RAMDirectory directory, bool shuffle)
    {
        var random = new Random(20261205);
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.PerField) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // written: the segments' orders in reverse, each running with its doc ids
            var orders = shuffle ? [.. Enumerable.Range(0, 12_000).OrderBy(_ => random.Next())] : Enumerable.Range(0, 12_000).Select(i => 12_000 - 1000 * (i / 1000 + 1) + i % 1000).ToArray();
            var id = 0;
            foreach (var segment in new[] { 4_000, 3_000, 2_500, 1_500, 700, 300 })
            {
                for (var i = 0; i < segment; i++, id++)
                {
                    // Zipf-like, each run of 500 records on its own topic (its own common words, as a report has);
                    // a few headings of one to three words, passages of eight to forty
                    var length = random.Next(100) == 0 ? 1 + random.Next(3) : 8 + random.Next(33);
                    var topic = id / 500 * 7;
                    var text = string.Join(' ', Enumerable.Range(0, length).Select(_ =>
                        random.Next(300) == 0 ? Rare[random.Next(Rare.Length)] : Words[(topic + (int)(Words.Length * Math.Pow(random.NextDouble(), 3))) % Words.Length]));
                    passages.Add(text);
                    writer.AddDocument(new Document
                    {
                        new StringField(SearchFields.Id, $"p{id}", Field.Store.YES),
                        new TextField(SearchFields.Text, text, Field.Store.NO),
                        new TextField(SearchFields.TextExact, text, Field.Store.NO),
                        new StringField(SearchFields.Source, $"src-{id % 97}", Field.Store.YES),
                        new StringField(SearchFields.Level, Levels[id % Levels.Length], Field.Store.NO),
                        new NumericDocValuesField(SearchFields.Order, orders[id]),
                    });
                }
                writer.Commit();
            }
            for (var i = 0; i < 300; i++) writer.DeleteDocuments(new Term(SearchFields.Id, $"p{random.Next(id)}"));
            writer.Commit();
        }
        return DirectoryReader.Open(directory);
    }

    /// <summary>Words, two words (AND, OR, NOT), phrases of two and three words as they occur, prefixes, fuzzy words.</summary>
    private IEnumerable<string> Queries()
    {
        var random = new Random(7);
        foreach (var w in Words.Concat(Rare)) yield return w;
        for (var i = 0; i < 40; i++)
        {
            var (a, b) = (Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]);
            yield return $"{a} {b}";
            yield return $"{a} OR {b}";
            yield return $"{a} -{b}";
            var words = passages[random.Next(passages.Count)].Split(' ');
            if (words.Length >= 3)
            {
                var at = random.Next(words.Length - 2);
                yield return $"\"{words[at]} {words[at + 1]}\"";
                yield return $"\"{words[at]} {words[at + 1]} {words[at + 2]}\"";
            }
        }
        foreach (var prefix in new[] { "hi*", "gi*", "dâ*", "th*", "c*" }) yield return prefix;
        foreach (var fuzzy in new[] { "hiến~", "dân~" }) yield return fuzzy;
        // many parts, as a symbol query's: its bounds are learnt however tight
        yield return string.Join(" OR ", Words.Take(6));
        // a part boosted to nothing matches with a score of 0: counted all the same
        foreach (var nothing in new[] { "dân^0 vận", "\"dân vận\"^0" }) yield return nothing;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Skipping_blocks_keeps_the_hits_of_scoring_every_one(bool shuffle)
    {
        var reader = shuffle ? shuffledReader : this.reader;
        var plain = new IndexSearcher(reader);
        var skipping = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 30);
        var counting = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 30, skipBlocks: false);
        long scored = 0, hits = 0;
        foreach (var text in Queries())
        {
            var (query, _) = TextQueryParser.Parse(text);
            foreach (var level in new[] { null, "commune" })
            {
                Filter? filter = level is null ? null : new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Level, level)));
                var all = RankedReference.All(plain, filter is null ? query : new FilteredQuery(query, filter));
                foreach (var n in new[] { 1, 10, 80 })
                {
                    // the same searcher each time: the second and third searches use what the first learnt
                    var got = skipping.Top(query, filter, n, reports: null);
                    Assert.True(all.Take(n).SequenceEqual(got.Docs.Select(d => (d.Doc, d.Score))), $"{text} [{level}] top {n}");
                    var reference = counting.Top(query, filter, n, reports: null);
                    Assert.True((reference.Counted, reference.Capped) == (got.Counted, got.Capped), $"{text} [{level}] counted {got.Counted}, not {reference.Counted}");
                    if (level is not null || !Words.Contains(text)) continue;
                    scored += got.Scored;
                    hits += all.Count;
                }
            }
        }
        // and the test is not vacuous: most hits of a single word were never scored (with the order shuffled,
        // every block holds records early in the order, which a tie at the bound cannot skip)
        if (!shuffle) Assert.True(scored < hits / 2, $"{scored} of {hits} hits of single words scored");
    }

    /// <summary>The hits within the count are counted every one, but a block none of whose hits could enter the top
    /// is not scored: with the count above most words' hits, the same hits and counts as scoring them all, and fewer
    /// scored than counted (every counted hit was scored before).</summary>
    [Fact]
    public void Counted_hits_are_scored_only_in_blocks_that_could_enter_the_top()
    {
        var skipping = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 8_000);
        var counting = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 8_000, skipBlocks: false);
        long scored = 0, counted = 0;
        foreach (var word in Words)
        {
            var (query, _) = TextQueryParser.Parse(word);
            var got = skipping.Top(query, null, 10, reports: null);
            var reference = counting.Top(query, null, 10, reports: null);

            Assert.Equal(reference.Docs.Select(d => (d.Doc, d.Score)), got.Docs.Select(d => (d.Doc, d.Score)));
            Assert.Equal((reference.Counted, reference.Capped), (got.Counted, got.Capped));
            if (!got.Capped) (scored, counted) = (scored + got.Scored, counted + got.Counted);
        }
        Assert.True(scored < counted * 2 / 3, $"{scored} of {counted} counted hits scored");
    }

    /// <summary>A phrase is bounded by its own maxima (by the least of its words' it read nearly every hit here),
    /// a prefix by its constant score (as the sum of its expansions it read up to all of them), a filtered word by
    /// its maxima over the records the filter keeps (over all records it read two thirds of the hits).</summary>
    [Theory]
    [InlineData("\"dân vận\"", 0.75)]
    [InlineData("\"công tác\"", 0.75)]
    [InlineData("\"vận dân\"", 0.75)]
    [InlineData("dâ*", 0.25)]
    [InlineData("gi*", 0.25)]
    [InlineData("dân", 0.3, "commune")]
    [InlineData("tiếp", 0.6, "commune")]
    public void A_common_phrase_or_prefix_scores_few_of_its_hits(string text, double share, string? level = null)
    {
        var (query, _) = TextQueryParser.Parse(text);
        Filter? filter = level is null ? null : new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Level, level)));
        var hits = new IndexSearcher(reader).Search(query, filter, 1).TotalHits;

        var got = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 30).Top(query, filter, 10, reports: null);

        Assert.True(got.Scored < hits * share, $"{got.Scored} of {hits} hits scored");
    }

    /// <summary>Common words together: each word's best record in a block bounds it, never the same record, so the
    /// first search reads most blocks; the next one reads those whose best score it saw could be kept.</summary>
    [Theory]
    [InlineData("dân công", null)]
    [InlineData("thực hiện dân", null)]
    [InlineData("tác công", "commune")]
    [InlineData("dan cong", null)]
    public void A_query_searched_again_scores_fewer_hits_and_finds_the_same(string text, string? level)
    {
        var (query, _) = TextQueryParser.Parse(text);
        Filter? filter = level is null ? null : new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Level, level)));
        var searcher = new SliceSearcher(reader, minParallelRecords: 0, exactCount: 30);

        var first = searcher.Top(query, filter, 10, reports: null);
        var again = searcher.Top(query, filter, 10, reports: null);
        var other = searcher.Top(query, filter, 80, reports: null);

        Assert.True(again.Scored < first.Scored * 0.7, $"{again.Scored} scored again, {first.Scored} at first");
        Assert.Equal(first.Docs.Select(d => (d.Doc, d.Score)), again.Docs.Select(d => (d.Doc, d.Score)));
        var all = RankedReference.All(new IndexSearcher(reader), filter is null ? query : new FilteredQuery(query, filter));
        Assert.Equal(all.Take(80), other.Docs.Select(d => (d.Doc, d.Score)));
    }

    [Fact]
    public void A_blocks_bound_is_at_least_the_score_of_each_of_its_records()
    {
        var searcher = new SliceSearcher(reader, exactCount: 0);
        var bounded = 0;
        foreach (var text in Queries())
        {
            var (query, _) = TextQueryParser.Parse(text);
            var (weight, bounds) = searcher.Prepare(query);
            if (bounds is null) continue;
            bounded++;
            foreach (var leaf in reader.Leaves)
            {
                var blocks = bounds.Blocks(leaf);
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                for (var doc = scorer?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer!.NextDoc())
                {
                    var (score, bound) = (scorer!.GetScore(), blocks[doc >> TermBlockMaxima.BlockShift]);
                    Assert.True(bound * (1 + bounds.Margin) >= score, $"{text}: {score} over {bound}");
                    Assert.True(ScoreRank.OfBound(bound, bounds.Margin) >= ScoreRank.Of(score), text);
                }
            }
        }
        Assert.True(bounded > 200, $"{bounded} queries bounded");
    }

    [Fact]
    public void A_fuzzy_word_has_no_bound_and_a_phrase_with_slop_neither()
    {
        var searcher = new SliceSearcher(reader);

        Assert.Null(searcher.Prepare(TextQueryParser.Parse("hiến~").Query).Bounds);
        Assert.Null(searcher.Prepare(TextQueryParser.Parse("\"dân vận\"~2").Query).Bounds);
        Assert.NotNull(searcher.Prepare(TextQueryParser.Parse("\"dân vận\"").Query).Bounds);
    }

    public void Dispose()
    {
        reader.Dispose();
        shuffledReader.Dispose();
        written.Dispose();
        shuffled.Dispose();
    }
}
