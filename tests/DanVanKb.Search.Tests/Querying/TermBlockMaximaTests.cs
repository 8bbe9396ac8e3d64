using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A term's table is the highest tf × norm of each block (rounded up to half precision), over every record
/// or over those holding another term; the tables kept stay within their budget of bytes.</summary>
public sealed class TermBlockMaximaTests : IDisposable
{
    private static readonly DefaultSimilarity Similarity = new();
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly List<string> texts = [];

    public TermBlockMaximaTests()
    {
        var random = new Random(11);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            for (var doc = 0; doc < 1000; doc++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 1 + random.Next(20)).Select(_ => random.Next(4) switch { 0 => "dân", 1 => "vận", 2 => "khéo", _ => $"w{random.Next(50)}" }));
                texts.Add(text);
                writer.AddDocument(new Document { new TextField(SearchFields.Text, text, Field.Store.NO) });
            }
        reader = DirectoryReader.Open(directory);
    }

    /// <summary>A table's value bounds the block's best from above, within half precision's rounding.</summary>
    private static void AssertBound(float expected, float kept) => Assert.InRange(kept, expected, expected * (1 + 1f / 1024));

    private float Expected(int doc, string word)
    {
        var words = texts[doc].Split(' ');
        var norm = Similarity.DecodeNormValue(Similarity.EncodeNormValue(1f / MathF.Sqrt(words.Length)));
        return Similarity.Tf(words.Count(w => w == word)) * norm;
    }

    [Fact]
    public void Holds_the_highest_tf_times_norm_of_each_block()
    {
        var table = new TermBlockMaxima(Similarity).Of(reader.Leaves[0], new Term(SearchFields.Text, "dân"))!;

        var blocks = Enumerable.Range(0, texts.Count).GroupBy(doc => doc >> TermBlockMaxima.BlockShift);
        Assert.Equal(blocks.Count(), table.Count);
        foreach (var block in blocks)
            AssertBound(block.Max(doc => Expected(doc, "dân")), table[block.Key]);
    }

    [Fact]
    public void Counts_only_the_records_holding_the_other_term_when_asked()
    {
        var table = new TermBlockMaxima(Similarity).Of(reader.Leaves[0], new Term(SearchFields.Text, "dân"), within: new Term(SearchFields.Text, "khéo"))!;

        foreach (var block in Enumerable.Range(0, texts.Count).GroupBy(doc => doc >> TermBlockMaxima.BlockShift))
        {
            var holding = block.Where(doc => texts[doc].Split(' ').Contains("khéo")).ToList();
            AssertBound(holding.Count == 0 ? 0 : holding.Max(doc => Expected(doc, "dân")), table[block.Key]);
        }
        Assert.Contains(table, v => v > 0);
    }

    private float ExpectedPhrase(int doc, string first, string second)
    {
        var words = texts[doc].Split(' ');
        var norm = Similarity.DecodeNormValue(Similarity.EncodeNormValue(1f / MathF.Sqrt(words.Length)));
        return Similarity.Tf(words.Zip(words.Skip(1)).Count(p => p == (first, second))) * norm;
    }

    [Fact]
    public void Holds_the_highest_tf_of_a_phrases_frequency_times_norm_of_each_block()
    {
        var maxima = new TermBlockMaxima(Similarity);

        var table = maxima.OfPhrase(reader.Leaves[0], Phrase("dân", "vận"), [0, 1])!;
        var within = new TermBlockMaxima(Similarity).OfPhrase(reader.Leaves[0], Phrase("dân", "vận"), [0, 1], within: Phrase("vận", "khéo"))!;

        foreach (var block in Enumerable.Range(0, texts.Count).GroupBy(doc => doc >> TermBlockMaxima.BlockShift))
        {
            AssertBound(block.Max(doc => ExpectedPhrase(doc, "dân", "vận")), table[block.Key]);
            var holding = block.Where(doc => ExpectedPhrase(doc, "vận", "khéo") > 0).ToList();
            AssertBound(holding.Count == 0 ? 0 : holding.Max(doc => ExpectedPhrase(doc, "dân", "vận")), within[block.Key]);
        }
        Assert.Contains(table, v => v > 0);
        Assert.True(table.Zip(within).Any(p => p.First > p.Second), "the records holding the other phrase are fewer");
        Assert.Null(maxima.OfPhrase(reader.Leaves[0], Phrase("dân", "khôngcó"), [0, 1]));
    }

    [Fact]
    public void Reads_a_phrase_within_another_with_the_other_and_the_phrase_alone_in_one_pass()
    {
        var maxima = new TermBlockMaxima(Similarity);
        var (a, b) = (Phrase("dân", "vận"), Phrase("vận", "khéo"));

        var aWithin = maxima.OfPhrase(reader.Leaves[0], a, [0, 1], within: b)!;
        var kept = maxima.Bytes;
        var bWithin = maxima.OfPhrase(reader.Leaves[0], b, [0, 1], within: a)!;
        var aAll = maxima.OfPhrase(reader.Leaves[0], a, [0, 1])!;

        Assert.Equal(3 * 2 * TermBlockMaxima.Blocks(reader.MaxDoc), kept);
        Assert.Equal(kept, maxima.Bytes);
        foreach (var block in Enumerable.Range(0, texts.Count).GroupBy(doc => doc >> TermBlockMaxima.BlockShift))
        {
            var both = block.Where(doc => ExpectedPhrase(doc, "dân", "vận") > 0 && ExpectedPhrase(doc, "vận", "khéo") > 0).ToList();
            AssertBound(both.Count == 0 ? 0 : both.Max(doc => ExpectedPhrase(doc, "dân", "vận")), aWithin[block.Key]);
            AssertBound(both.Count == 0 ? 0 : both.Max(doc => ExpectedPhrase(doc, "vận", "khéo")), bWithin[block.Key]);
            AssertBound(block.Max(doc => ExpectedPhrase(doc, "dân", "vận")), aAll[block.Key]);
        }
        Assert.Contains(bWithin, v => v > 0);
    }

    private static Term[] Phrase(string first, string second) => [new(SearchFields.Text, first), new(SearchFields.Text, second)];

    [Fact]
    public void Counts_only_the_records_holding_every_filter_term_when_asked()
    {
        var table = new TermBlockMaxima(Similarity).Of(reader.Leaves[0], new Term(SearchFields.Text, "dân"),
            filter: [new Term(SearchFields.Text, "khéo"), new Term(SearchFields.Text, "vận")])!;

        foreach (var block in Enumerable.Range(0, texts.Count).GroupBy(doc => doc >> TermBlockMaxima.BlockShift))
        {
            var holding = block.Where(doc => Expected(doc, "khéo") > 0 && Expected(doc, "vận") > 0).ToList();
            AssertBound(holding.Count == 0 ? 0 : holding.Max(doc => Expected(doc, "dân")), table[block.Key]);
        }
        Assert.Contains(table, v => v > 0);
    }

    [Fact]
    public void Has_no_table_for_a_term_the_segment_lacks()
    {
        var maxima = new TermBlockMaxima(Similarity);

        Assert.Null(maxima.Of(reader.Leaves[0], new Term(SearchFields.Text, "khôngcó")));
        Assert.Null(maxima.Of(reader.Leaves[0], new Term(SearchFields.Text, "dân"), within: new Term(SearchFields.Text, "khôngcó")));
        Assert.InRange(maxima.Bytes, 1, 1024);
    }

    [Fact]
    public void Keeps_its_tables_within_the_budget()
    {
        var budget = 2 * 8 * TermBlockMaxima.Blocks(reader.MaxDoc); // eight tables
        var maxima = new TermBlockMaxima(Similarity, budget);

        for (var w = 0; w < 50; w++) maxima.Of(reader.Leaves[0], new Term(SearchFields.Text, $"w{w}"));

        Assert.InRange(maxima.Bytes, 1, budget);
    }

    [Fact]
    public void Drops_tables_while_other_searches_read_theirs()
    {
        var maxima = new TermBlockMaxima(Similarity, budgetBytes: 2 * 4 * TermBlockMaxima.Blocks(reader.MaxDoc)); // four tables

        // tables read and dropped all the time: thousands of distinct ones for a budget of four
        Parallel.For(0, 100_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            Assert.NotNull(maxima.Of(reader.Leaves[0], new Term(SearchFields.Text, $"w{i % 50}"), new Term(SearchFields.Text, $"w{i / 50 % 50}"))));

        Assert.InRange(maxima.Bytes, 1, 2 * 8 * TermBlockMaxima.Blocks(reader.MaxDoc));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
