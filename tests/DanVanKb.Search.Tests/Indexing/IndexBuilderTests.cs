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
}
