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
}
