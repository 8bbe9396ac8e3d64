using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The store order read into memory sorts exactly as Lucene's comparator over the order doc values:
/// on an index of several segments whose orders run against the doc ids, whose scores tie often, with a record
/// that has no order.</summary>
public sealed class StoreOrderTests : IDisposable
{
    private static readonly Sort ByDocValues = new(SortField.FIELD_SCORE, new SortField(SearchFields.Order, SortFieldType.INT64));
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

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Sorts_as_the_order_doc_values_do(int n)
    {
        var query = new TermQuery(new Term(SearchFields.Text, "dân"));
        var searcher = new IndexSearcher(reader);
        var expected = searcher.Search(query, null, n, ByDocValues, doDocScores: true, doMaxScore: false);
        var actual = searcher.Search(query, null, n, new StoreOrder(reader).Sort, doDocScores: true, doMaxScore: false);

        Assert.Equal(4, reader.Leaves.Count);
        Assert.Equal(Math.Min(n, 472), actual.ScoreDocs.Length);
        Assert.Equal(
            expected.ScoreDocs.Select(sd => (sd.Doc, sd.Score, Order: ((FieldDoc)sd).Fields[1])),
            actual.ScoreDocs.Select(sd => (sd.Doc, sd.Score, Order: ((FieldDoc)sd).Fields[1])));
    }

    [Fact]
    public void Merges_the_hits_collected_across_the_cores_by_the_same_sort()
    {
        var query = new TermQuery(new Term(SearchFields.Text, "dân"));
        var merged = new SliceSearcher(reader, minParallelRecords: 0).Top(query, null, new StoreOrder(reader).Sort, 20, reports: null);
        var single = new IndexSearcher(reader).Search(query, null, 20, ByDocValues, doDocScores: true, doMaxScore: false);

        Assert.Equal(single.ScoreDocs.Select(sd => (sd.Doc, sd.Score)), merged.ScoreDocs.Select(sd => (sd.Doc, sd.Score)));
    }

    [Fact]
    public void Refuses_a_segment_of_another_index()
    {
        using var other = new RAMDirectory();
        Fill(other, [5]);
        using var otherReader = DirectoryReader.Open(other);
        var comparer = new StoreOrder(reader).NewComparer(SearchFields.Order, 10, 1, reversed: false);

        Assert.Throws<InvalidOperationException>(() => comparer.SetNextReader(otherReader.Leaves[0]));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
