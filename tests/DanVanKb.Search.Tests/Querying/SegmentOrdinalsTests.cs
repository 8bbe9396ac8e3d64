using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>Filter values read into memory: each ordinal names the value the doc values give it, and for every
/// record of every segment, the ordinals counted are those its sorted-set doc values hold, whether the field has few values (a mask a record, of each width) or many (lists),
/// one value, several or none.</summary>
public sealed class SegmentOrdinalsTests : IDisposable
{
    // distinct values per field: one of each representation (a byte, ushort, uint, ulong mask, then lists)
    private static readonly (string Field, int Values)[] Fields = [("f5", 5), ("f12", 12), ("f30", 30), ("f64", 64), ("f65", 65), ("f900", 900)];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public SegmentOrdinalsTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            var n = 0;
            foreach (var size in new[] { 1500, 400, 3 })
            {
                for (var i = 0; i < size; i++, n++)
                {
                    var doc = new Document { new StringField("id", n.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) };
                    foreach (var (field, values) in Fields)
                        // none for every seventh record, up to three values otherwise, the last value of the field used
                        for (var k = 0; k < n % 7 % 4; k++)
                            doc.Add(new SortedSetDocValuesField(field, new BytesRef($"v{(n * 31 + k * 17) % values:D4}")));
                    writer.AddDocument(doc);
                }
                writer.Commit();
            }
        }
        reader = DirectoryReader.Open(directory);
    }

    [Fact]
    public void Counts_each_records_values_as_its_doc_values_hold_them()
    {
        Assert.Equal(3, reader.Leaves.Count);
        foreach (var (field, values) in Fields)
        {
            var ordinals = new FacetOrdinals(reader, [field]);
            foreach (var leaf in reader.Leaves)
            {
                var docValues = leaf.AtomicReader.GetSortedSetDocValues(field);
                var segment = ordinals.Of(leaf, field)!;
                Assert.Equal(docValues.ValueCount, segment.ValueCount);
                for (var ord = 0; ord < segment.ValueCount; ord++)
                {
                    var name = new BytesRef();
                    docValues.LookupOrd(ord, name);
                    Assert.Equal(name.Utf8ToString(), segment.Name(ord));
                }
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    var expected = new int[docValues.ValueCount];
                    docValues.SetDocument(doc);
                    for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd()) expected[ord]++;
                    var counted = new int[docValues.ValueCount];
                    segment.Count(doc, counted);
                    Assert.Equal(expected, counted);
                }
            }
            Assert.Equal(values, reader.Leaves.Max(l => l.AtomicReader.GetSortedSetDocValues(field).ValueCount));
        }
    }

    [Fact]
    public void Adds_to_the_counts_it_is_given()
    {
        var leaf = reader.Leaves[0];
        var segment = new FacetOrdinals(reader, ["f5"]).Of(leaf, "f5")!;
        var counts = new int[5];

        for (var doc = 0; doc < 70; doc++) segment.Count(doc, counts);

        // 70 records: ten of each remainder mod 7, with 0, 1, 2, 3, 0, 1, 2 values
        Assert.Equal(10 * (0 + 1 + 2 + 3 + 0 + 1 + 2), counts.Sum());
    }

    [Fact]
    public void A_field_without_doc_values_has_no_ordinals()
    {
        Assert.Null(new FacetOrdinals(reader, ["absent"]).Of(reader.Leaves[0], "absent"));
    }

    [Fact]
    public void Refuses_a_field_it_was_not_asked_to_read_and_a_segment_of_another_index()
    {
        var ordinals = new FacetOrdinals(reader, ["f5"]);
        using var other = DirectoryReader.Open(directory);

        Assert.Throws<ArgumentException>(() => ordinals.Of(reader.Leaves[0], "f12"));
        Assert.Throws<InvalidOperationException>(() => ordinals.Of(other.Leaves[0], "f5"));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
