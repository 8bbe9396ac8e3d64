using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The top hits collected across the cores are the hits of one pass: same records, same scores, same
/// order (<see cref="ScoreRank"/>, then the store's), same total, same count per report, on an index of several
/// segments whose scores tie often.</summary>
public sealed class SliceSearcherTests : IDisposable
{
    private static readonly string[] Levels = ["central", "province", "district", "commune"];
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public SliceSearcherTests()
    {
        Fill(directory);
        reader = DirectoryReader.Open(directory);
    }

    /// <summary>Five segments of records whose words repeat a few ways, each with a report, a level and a place.</summary>
    private static void Fill(Lucene.Net.Store.Directory directory)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            var order = 0L;
            foreach (var segment in new[] { 700, 300, 450, 120, 60 })
            {
                for (var i = 0; i < segment; i++, order++)
                {
                    // few distinct lengths and frequencies: many equal scores, told apart only by the order
                    var words = string.Join(' ', Enumerable.Repeat("dân", 1 + (int)(order % 3)).Concat(Enumerable.Repeat("vận", (int)(order % 5))));
                    writer.AddDocument(new Document
                    {
                        new TextField(SearchFields.Text, words, Field.Store.NO),
                        new StringField(SearchFields.Source, $"src-{order % 37}", Field.Store.YES),
                        new NumericDocValuesField(SearchFields.Order, order),
                        new SortedSetDocValuesField(SearchFields.Level, new BytesRef(Levels[order % Levels.Length])),
                        new SortedSetDocValuesField(SearchFields.Place, new BytesRef($"xã {order % 500:D3}")),
                    });
                }
                writer.Commit();
            }
        }
    }

    [Fact]
    public void Splits_the_segments_into_slices_of_about_equal_size()
    {
        var slices = SliceSearcher.Slices(reader.Leaves, 2);
        Assert.Equal(5, reader.Leaves.Count);
        Assert.Equal(2, slices.Count);
        Assert.Equal([820, 810], slices.Select(s => s.Sum(l => l.AtomicReader.MaxDoc)).OrderDescending());
    }

    [Theory]
    [InlineData("dân", 20)]
    [InlineData("vận", 50)]
    [InlineData("dân", 2000)]
    public void Collects_across_the_cores_the_hits_of_one_pass(string word, int n)
    {
        var query = new TermQuery(new Term(SearchFields.Text, word));
        var ordinals = new ReportOrdinals(reader);
        using ReportCounter oneReports = new(ordinals), manyReports = new(ordinals);
        var one = new SliceSearcher(reader, minParallelRecords: int.MaxValue).Top(query, null, n, oneReports);
        var many = new SliceSearcher(reader, minParallelRecords: 0).Top(query, null, n, manyReports);

        var plain = new IndexSearcher(reader);
        var all = RankedReference.All(plain, query);

        Assert.True(all.Count > n || n == 2000);
        foreach (var got in new[] { one, many })
        {
            Assert.False(got.Capped);
            Assert.Equal(all.Count, got.Counted);
            Assert.Equal(all.Take(n), got.Docs.Select(d => (d.Doc, d.Score)));
        }
        Assert.Equal(oneReports.Counts().OrderBy(kv => kv.Key), manyReports.Counts().OrderBy(kv => kv.Key));
        Assert.Equal(all.Count, manyReports.Counts().Values.Sum());
        Assert.Equal(manyReports.Counts().Count, manyReports.Reports);
        var first = plain.Doc(all[0].Doc).Get(SearchFields.Source);
        Assert.Equal(manyReports.Counts()[first], manyReports.InReportOf(all[0].Doc));
    }

    [Fact]
    public void Counts_each_search_from_nothing_in_the_arrays_an_earlier_search_gave_back()
    {
        var ordinals = new ReportOrdinals(reader);
        var searcher = new SliceSearcher(reader, minParallelRecords: 0);
        IReadOnlyDictionary<string, int> Count(string word)
        {
            using var counter = new ReportCounter(ordinals);
            searcher.Top(new TermQuery(new Term(SearchFields.Text, word)), null, 10, counter);
            return counter.Counts();
        }

        var first = Count("vận");
        var dan = Count("dân");
        var again = Count("vận");

        Assert.Equal(first.OrderBy(kv => kv.Key), again.OrderBy(kv => kv.Key));
        Assert.Equal(RankedReference.All(new IndexSearcher(reader), new TermQuery(new Term(SearchFields.Text, "vận"))).Count, again.Values.Sum());
        Assert.Equal(1630, dan.Values.Sum());
    }

    [Theory]
    [InlineData(int.MaxValue, 1630)]
    [InlineData(100, 100)]
    [InlineData(1, 1)]
    public void Counts_as_many_hits_as_asked_in_all_the_slices(int exactCount, int counted)
    {
        var query = new TermQuery(new Term(SearchFields.Text, "dân")); // every one of the 1,630 records
        var hits = new SliceSearcher(reader, minParallelRecords: 0, exactCount: exactCount).Top(query, null, 20, null);

        // each slice counts its share, rounded up: with one slice per core, at most one more per slice
        Assert.InRange(hits.Counted, counted, counted + Environment.ProcessorCount - 1);
        Assert.Equal(counted < 1630, hits.Capped);
        Assert.Equal(20, hits.Docs.Length);
    }

    [Fact]
    public void Searches_an_index_without_a_segment()
    {
        using var empty = new RAMDirectory();
        new IndexWriter(empty, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))).Dispose();
        using var none = DirectoryReader.Open(empty);

        var hits = new SliceSearcher(none).Top(new TermQuery(new Term(SearchFields.Text, "dân")), null, 20, null);

        Assert.Empty(hits.Docs);
        Assert.Equal(0, hits.Counted);
    }

    [Theory]
    [InlineData(10_000, false)]
    [InlineData(100, true)]
    public void Counts_filter_values_in_the_pass_of_the_top_hits_up_to_the_limit_of_each_slice(int limit, bool capped)
    {
        var query = new TermQuery(new Term(SearchFields.Text, "dân")); // every record
        var ordinals = new FacetOrdinals(reader, [SearchFields.Level]);
        FacetCounter one = new(ordinals, SearchFields.Level, limit), many = new(ordinals, SearchFields.Level, limit);
        var hits = new SliceSearcher(reader, minParallelRecords: int.MaxValue).Top(query, null, 20, null, [one]);
        var again = new SliceSearcher(reader, minParallelRecords: 0).Top(query, null, 20, null, [many]);

        Assert.Equal(hits.Docs.Select(d => d.Doc), again.Docs.Select(d => d.Doc)); // counting changes no hit
        Assert.Equal(capped, one.Capped);
        Assert.Equal(capped, many.Capped);
        if (capped)
        {
            // each slice of the segments (one per core) stops at the limit, collected in parallel or not
            var slices = SliceSearcher.Slices(reader.Leaves, Environment.ProcessorCount).Count;
            Assert.Equal(slices * limit, one.Counts().Sum(c => c.Count));
            Assert.Equal(slices * limit, many.Counts().Sum(c => c.Count));
        }
        else
        {
            Assert.Equal(one.Counts(), many.Counts());
            Assert.Equal(hits.Counted, many.Counts().Sum(c => c.Count));
            Assert.Equal(Levels.Order(StringComparer.Ordinal), many.Counts().Select(c => c.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Searches_at_once_on_every_core_each_count_their_own_filter_values()
    {
        // a segment's doc values are read through an instance per thread: a slice's ordinals turned into values
        // after it returned, on the searching thread, raced with the next search of the thread that collected
        // it (a 500 from the site under 16 clients)
        var query = new TermQuery(new Term(SearchFields.Text, "vận"));
        IReadOnlyList<FacetCount> Count(SliceSearcher searcher, FacetOrdinals ordinals)
        {
            var counter = new FacetCounter(ordinals, SearchFields.Place, 10_000);
            searcher.Top(query, null, 5, null, [counter]);
            return counter.Counts();
        }
        // memory-mapped, as the site's index: its readers share a buffer's position
        var path = Path.Combine(Path.GetTempPath(), "danvankb-slices-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var mapped = new Lucene.Net.Store.MMapDirectory(new DirectoryInfo(path));
            Fill(mapped);
            using var onDisk = DirectoryReader.Open(mapped);
            var expected = Count(new SliceSearcher(onDisk, minParallelRecords: int.MaxValue), new FacetOrdinals(onDisk, [SearchFields.Place]));
            var ordinals = new FacetOrdinals(onDisk, [SearchFields.Place]);
            var parallel = new SliceSearcher(onDisk, minParallelRecords: 0);
            var results = new System.Collections.Concurrent.ConcurrentBag<IReadOnlyList<FacetCount>>();

            Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => results.Add(Count(parallel, ordinals)));

            Assert.All(results, r => Assert.Equal(expected, r));
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
