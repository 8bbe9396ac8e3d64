using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

using static DanVanKb.Search.Tests.Indexing.IndexFixtures;

namespace DanVanKb.Search.Tests.Indexing;

public sealed class IndexUpdaterTests : IndexFolders
{
    [Fact]
    public void Writes_what_a_rebuild_writes_after_a_report_is_added_one_withdrawn_and_a_plan_moved_to_another_level()
    {
        IndexBuilder.Build(Folder("updated"), [Resolution, Plan], [Province, District], graphVersion: 1);
        // src-b withdrawn, src-c added; the plan now reads as a district's, its title unchanged
        var plan = Plan with { Level = "district", Locality = "Sơn Dương", Mentions = 1 };
        IndexDocument[] documents = [Resolution with { Mentions = 1 }, plan, Directive];
        IndexSource[] sources = [Province, Government];

        var summary = IndexUpdater.Update(Folder("updated"), documents, ["src-a", "src-c"], ["src-b", "src-c"],
            ids => sources.Where(s => ids.Contains(s.Id)), graphVersion: 2);
        IndexBuilder.Build(Folder("rebuilt"), documents, sources, graphVersion: 2);

        Assert.NotNull(summary);
        Assert.True(summary.Updated);
        Assert.Equal(2, summary.Reports); // src-a, whose plan's filter values changed, and src-c
        Assert.Equal(IndexContents.Of(Folder("rebuilt")), IndexContents.Of(Folder("updated")));
        Assert.Equal(2, KbSearcher.IndexedGraphVersion(Folder("updated")));
    }

    [Fact]
    public void Leaves_the_previous_index_whole_when_reading_a_report_fails_midway()
    {
        IndexBuilder.Build(Folder("index"), [Resolution, Plan], [Province, District], graphVersion: 1);
        var before = IndexContents.Of(Folder("index"));

        Assert.Throws<IOException>(() => IndexUpdater.Update(Folder("index"), [Resolution, Plan with { Title = "đổi" }, Directive], ["src-a", "src-b", "src-c"], ["src-c"],
            _ => throw new IOException("disk gone"), graphVersion: 2));

        Assert.Equal(before, IndexContents.Of(Folder("index")));
        Assert.Equal(1, KbSearcher.IndexedGraphVersion(Folder("index")));
    }

    [Fact]
    public void Declines_when_the_run_rewrites_most_of_the_archive()
    {
        var districts = Enumerable.Range(0, 60).Select(i => District with { Id = $"src-{i:00}" }).ToList();
        IndexBuilder.Build(Folder("index"), [Resolution], districts, graphVersion: 1);

        var summary = IndexUpdater.Update(Folder("index"), [Resolution with { Level = "province" }], [.. districts.Select(d => d.Id)], [],
            ids => districts, graphVersion: 2);

        Assert.Null(summary); // every report cites the resolution whose filter values changed: the caller rebuilds
        Assert.Equal(1, KbSearcher.IndexedGraphVersion(Folder("index")));
    }
}
