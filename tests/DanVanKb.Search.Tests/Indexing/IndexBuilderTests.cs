using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

using static DanVanKb.Search.Tests.Indexing.IndexFixtures;

namespace DanVanKb.Search.Tests.Indexing;

public sealed class IndexBuilderTests : IndexFolders
{
    [Fact]
    public void A_build_that_fails_midway_leaves_the_previous_index_whole()
    {
        IndexBuilder.Build(Folder("index"), [Resolution, Plan], [Province, District], graphVersion: 1);
        var before = IndexContents.Of(Folder("index"));

        static IEnumerable<IndexSource> Failing()
        {
            yield return Province;
            throw new IOException("disk gone");
        }
        Assert.ThrowsAny<Exception>(() => IndexBuilder.Build(Folder("index"), [Resolution, Plan, Directive], Failing(), graphVersion: 2));

        Assert.Equal(before, IndexContents.Of(Folder("index")));
        Assert.Equal(1, KbSearcher.IndexedGraphVersion(Folder("index")));
    }

    [Fact]
    public void A_first_build_killed_while_writing_its_commit_reads_as_no_index_and_the_next_build_replaces_it()
    {
        IndexBuilder.Build(Folder("index"), [Resolution, Plan], [Province, District], graphVersion: 1);
        // killed while writing its first commit point: segments_1 cut short, no earlier one to fall back to
        var commit = Path.Combine(Folder("index"), "segments_1");
        var bytes = File.ReadAllBytes(commit);
        File.WriteAllBytes(commit, bytes[..(bytes.Length / 2)]);

        Assert.Null(KbSearcher.IndexedGraphVersion(Folder("index")));

        IndexBuilder.Build(Folder("index"), [Resolution, Plan, Directive], [Province, District], graphVersion: 2);
        Assert.Equal(2, KbSearcher.IndexedGraphVersion(Folder("index")));
        using var searcher = KbSearcher.Open(Folder("index"));
        Assert.Equal(3, searcher.DocumentRecords);
    }

    [Fact]
    public void Each_reports_passages_stand_together_in_one_segment_whatever_the_threads_add_beside_them()
    {
        // 400 reports of 40 passages each, added on every core
        var sources = Enumerable.Range(0, 400).Select(r => Report($"src-{r:D3}",
            string.Join("\n\n", Enumerable.Range(0, 40).Select(p => $"Báo cáo {r} đoạn {p}: công tác dân vận ở cơ sở."))));
        IndexBuilder.Build(Folder("index"), [Resolution], sources, graphVersion: 1);

        using var dir = Lucene.Net.Store.FSDirectory.Open(Folder("index"));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(dir);
        var ordinals = new ReportOrdinals(reader);
        Assert.Equal(400, ordinals.Count);
        var segments = new int[ordinals.Count];
        foreach (var leaf in reader.Leaves)
        {
            var values = ordinals.Segment(leaf.Ord);
            var runs = ordinals.Runs(leaf.Ord);
            Assert.True(runs.Tight);
            for (var ord = 0; ord < values.ValueCount; ord++)
            {
                segments[ordinals.Global(leaf.Ord, ord)]++;
                var (first, last) = runs.Run(ord);
                Assert.Equal(40, last - first + 1);
                Assert.All(Enumerable.Range(first, 40), d => Assert.Equal(ord, values.GetOrd(d)));
            }
        }
        Assert.All(segments, n => Assert.Equal(1, n));
    }
}
