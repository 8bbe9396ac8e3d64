using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The top keeps the best hits by rank, then store order, and says which blocks could still displace its worst.</summary>
public sealed class RankedTopTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly StoreOrder.Segment orders;

    public RankedTopTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            for (var doc = 0; doc < 10; doc++)
                writer.AddDocument(new Document { new NumericDocValuesField(SearchFields.Order, 100 - doc) }); // order runs against the ids
        reader = DirectoryReader.Open(directory);
        orders = new StoreOrder(reader).Of(reader.Leaves[0]);
    }

    [Fact]
    public void Keeps_the_best_by_score_then_the_earliest_in_the_store_order()
    {
        var top = new RankedTop(3);
        float[] scores = [1f, 2f, 2f, 0.5f, 2.0001f, 3f, 1f, 2f, 0.1f, 2f];
        for (var doc = 0; doc < scores.Length; doc++) top.Offer(doc, scores[doc], orders, docBase: 0);

        var best = RankedTop.Merge([top], 3);

        // 3 first; then the ties at 2 (2.0001 among them) by order, which runs against the ids: 9, 7, 4, ...
        Assert.Equal([5, 9, 7], best.Select(d => d.Doc));
    }

    [Fact]
    public void Merges_slices_into_the_order_of_one_pass()
    {
        var (a, b, one) = (new RankedTop(2), new RankedTop(2), new RankedTop(2));
        float[] scores = [1f, 2f, 2f, 0.5f];
        for (var doc = 0; doc < scores.Length; doc++)
        {
            (doc % 2 == 0 ? a : b).Offer(doc, scores[doc], orders, 0);
            one.Offer(doc, scores[doc], orders, 0);
        }

        Assert.Equal(RankedTop.Merge([one], 2).Select(d => d.Doc), RankedTop.Merge([a, b], 2).Select(d => d.Doc));
    }

    [Fact]
    public void Grouped_keeps_the_best_hit_of_each_of_the_best_reports_and_every_record_apart()
    {
        // 200 records: every fifth a document record (no report), the others passages of 12 reports, scores with ties
        using var grouped = new RAMDirectory();
        using (var writer = new IndexWriter(grouped, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            for (var doc = 0; doc < 200; doc++)
            {
                var record = new Document { new NumericDocValuesField(SearchFields.Order, doc * 7919 % 1009) };
                if (doc % 5 != 0) record.Add(new StringField(SearchFields.Source, $"src-{doc * 31 % 12:D2}", Field.Store.NO));
                writer.AddDocument(record);
            }
        using var groupedReader = DirectoryReader.Open(grouped);
        var reports = new ReportOrdinals(groupedReader);
        var order = new StoreOrder(groupedReader).Of(groupedReader.Leaves[0]);
        var random = new Random(7);
        var scores = Enumerable.Range(0, 200).Select(_ => random.Next(1, 6) / 2f).ToArray();
        var (one, a, b) = (new RankedTop(8, reports), new RankedTop(8, reports), new RankedTop(8, reports));

        for (var doc = 0; doc < scores.Length; doc++)
        {
            one.Offer(doc, scores[doc], order, 0);
            (doc % 3 == 0 ? a : b).Offer(doc, scores[doc], order, 0);
        }

        var expected = Enumerable.Range(0, 200)
            .OrderByDescending(d => scores[d]).ThenBy(d => order.Get(d)).ThenBy(d => d)
            .DistinctBy(d => reports.Of(d) is var r and >= 0 ? r : -1 - d)
            .Take(8).ToList();
        Assert.Contains(expected, d => reports.Of(d) < 0);
        Assert.Contains(expected, d => reports.Of(d) >= 0);
        Assert.Equal(expected, RankedTop.Merge([one], 8).Select(d => d.Doc));
        Assert.Equal(expected, RankedTop.Merge([a, b], 8).Select(d => d.Doc));
    }

    private static readonly float Margin = ScoreRank.Margin(1);

    [Fact]
    public void Keeps_any_block_until_full_then_only_one_that_could_beat_or_tie_before_its_worst()
    {
        var top = new RankedTop(2);
        Assert.True(top.CanKeep(0f, Margin, long.MaxValue));
        top.Offer(0, 2f, orders, 0); // order 100
        top.Offer(1, 2f, orders, 0); // order 99: the worst kept is doc 0, at 2 and order 100

        Assert.True(top.CanKeep(2.5f, Margin, long.MaxValue)); // could score more
        Assert.True(top.CanKeep(2f, Margin, 50)); // could tie with an earlier record
        Assert.False(top.CanKeep(2f, Margin, 101)); // ties only with later records
        Assert.False(top.CanKeep(1.5f, Margin, 0)); // scores less
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
