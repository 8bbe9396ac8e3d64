using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The store order read into memory: each record's order doc value (0 without one) and each block's
/// smallest, on an index of several segments whose orders run against the doc ids.</summary>
public sealed class StoreOrderTests : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public StoreOrderTests()
    {
        Fill(directory, [300, 120, 45, 7]);
        reader = DirectoryReader.Open(directory);
    }

    private static void Fill(Lucene.Net.Store.Directory directory, int[] segments)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using var writer = new IndexWriter(directory, config);
        var n = 0L;
        foreach (var size in segments)
        {
            for (var i = 0; i < size; i++, n++)
            {
                var doc = new Document { new TextField(SearchFields.Text, string.Join(' ', Enumerable.Repeat("dân", 1 + (int)(n % 2))), Field.Store.NO) };
                // passages far above documents, as the index writes them, in an order unrelated to the doc ids
                if (n != 17) doc.Add(new NumericDocValuesField(SearchFields.Order, (n % 3 == 0 ? 1L << 40 : 0) + (n * 7919 % 1009)));
                writer.AddDocument(doc);
            }
            writer.Commit();
        }
    }

    [Fact]
    public void Reads_every_records_order_as_the_doc_values_give_it()
    {
        var order = new StoreOrder(reader);

        Assert.Equal(4, reader.Leaves.Count);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(SearchFields.Order);
            var segment = order.Of(leaf);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                Assert.Equal(values.Get(doc), segment.Get(doc));
        }
        Assert.Equal(0, order.Of(reader.Leaves[0]).Get(17)); // the record without an order
    }

    [Fact]
    public void Keeps_the_smallest_order_of_each_block()
    {
        var order = new StoreOrder(reader);

        foreach (var leaf in reader.Leaves)
        {
            var segment = order.Of(leaf);
            var blocks = Enumerable.Range(0, leaf.AtomicReader.MaxDoc).GroupBy(doc => doc >> TermBlockMaxima.BlockShift);
            foreach (var block in blocks)
                Assert.Equal(block.Min(segment.Get), segment.BlockMin(block.Key));
        }
    }

    [Fact]
    public void Refuses_a_segment_of_another_index()
    {
        using var other = new RAMDirectory();
        Fill(other, [5]);
        using var otherReader = DirectoryReader.Open(other);

        Assert.Throws<InvalidOperationException>(() => new StoreOrder(reader).Of(otherReader.Leaves[0]));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
