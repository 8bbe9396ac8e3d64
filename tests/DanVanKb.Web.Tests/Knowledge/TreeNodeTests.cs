using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Tests.Knowledge;

public class TreeNodeTests
{
    private static DocumentRow Doc(string id) =>
        new(id, id, "Kế hoạch", null, id, null, null, null, null, null, null, false, 1, true, "");

    /// <summary>A root with <paramref name="width"/> children, each with <paramref name="width"/> children of its own.</summary>
    private static TreeNode TwoLevels(int width) =>
        new(Doc("root"), [], [.. Enumerable.Range(0, width).Select(i =>
            new TreeNode(Doc($"p{i}"), [], [.. Enumerable.Range(0, width).Select(j => new TreeNode(Doc($"p{i}-d{j}"), [], [], false))], false))], false);

    [Fact]
    public void Size_counts_distinct_documents_and_skips_repeated_ones()
    {
        var shared = new TreeNode(Doc("shared"), [], [], Repeated: true);
        var tree = new TreeNode(Doc("root"), [], [new TreeNode(Doc("a"), [], [new TreeNode(Doc("b"), [], [], false), shared], false)], false);

        Assert.Equal(2, tree.Size);
        Assert.Equal(3, tree.Descendants().Count());
    }

    [Fact]
    public void Pruning_keeps_the_top_levels_first_and_counts_what_it_left_out()
    {
        var tree = TwoLevels(30); // 30 plans, 900 below them

        var pruned = tree.Pruned(100);

        Assert.Equal(930, tree.Size);
        Assert.Equal(930, pruned.Size); // the count still says how many there are
        Assert.Equal(30, pruned.Children.Count); // every first-level plan is shown
        Assert.Equal(0, pruned.Omitted);
        var shown = pruned.Descendants().Count();
        Assert.InRange(shown, 90, 101);
        Assert.Equal(930 - shown, pruned.Descendants().Sum(n => n.Omitted));
    }

    [Fact]
    public void Pruning_a_small_tree_changes_nothing()
    {
        var tree = TwoLevels(3);

        var pruned = tree.Pruned(100);

        Assert.Equal(tree.Descendants().Select(n => n.Document.Id), pruned.Descendants().Select(n => n.Document.Id));
        Assert.All(pruned.Descendants(), n => Assert.Equal(0, n.Omitted));
    }
}
