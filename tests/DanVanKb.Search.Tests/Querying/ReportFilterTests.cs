using System.Globalization;

using DanVanKb.Search.Querying;

using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>The passages of chosen reports: exactly the reports' live passages, from their runs of doc ids where each
/// report's passages stand together (as the index builder adds them), by their names where they are interleaved with
/// others' and spread over segments (an index written before), with document records and deleted passages among them.</summary>
public sealed class ReportFilterTests : IDisposable
{
    private const int Reports = 12;
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public ReportFilterTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            var n = 0;
            // three segments; in the first two, reports take turns passage by passage, in the last each stands together
            foreach (var (interleaved, segment) in new[] { (true, 0), (true, 1), (false, 2) })
            {
                foreach (var i in Enumerable.Range(0, 60))
                {
                    var report = (interleaved ? i * 5 + segment : i / 5 + segment) % Reports;
                    var id = (n++).ToString(CultureInfo.InvariantCulture);
                    if (i % 9 == 0) writer.AddDocument([new StringField("id", id, Field.Store.YES)]); // a record, no report
                    writer.AddDocument([new StringField("id", id + "p", Field.Store.YES), new StringField(SearchFields.Source, Name(report), Field.Store.YES)]);
                }
                writer.Commit();
            }
            // every seventh passage deleted
            for (var i = 0; i < n; i += 7) writer.DeleteDocuments(new Term("id", i.ToString(CultureInfo.InvariantCulture) + "p"));
        }
        reader = DirectoryReader.Open(directory);
    }

    private static string Name(int report) => $"src-{report:D2}";

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 3, 7 })]
    [InlineData(new[] { 11, 1, 5, 9 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 })]
    public void Finds_exactly_the_live_passages_of_the_chosen_reports(int[] chosen)
    {
        Assert.Equal(3, reader.Leaves.Count);
        Assert.True(reader.HasDeletions);
        var ordinals = new ReportOrdinals(reader);
        // the interleaved segments are filtered by the reports' names, the last by its runs
        Assert.Equal([false, false, true], reader.Leaves.Select(l => ordinals.Runs(l.Ord).Tight));
        var searcher = new IndexSearcher(reader);
        var numbers = Enumerable.Range(0, ordinals.Count).Where(r => chosen.Select(Name).Contains(ordinals.Name(r))).ToList();
        Assert.Equal(chosen.Length, numbers.Count);

        var byRuns = Ids(searcher, new ReportFilter(ordinals, numbers));
        var terms = new BooleanQuery();
        foreach (var c in chosen) terms.Add(new TermQuery(new Term(SearchFields.Source, Name(c))), Occur.SHOULD);
        var byTerms = Ids(searcher, new QueryWrapperFilter(terms));

        Assert.NotEmpty(byTerms);
        Assert.Equal(byTerms, byRuns);
    }

    private static List<string> Ids(IndexSearcher searcher, Filter filter)
    {
        var top = searcher.Search(new ConstantScoreQuery(filter), 10_000);
        return [.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get("id")).Order(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }
}
