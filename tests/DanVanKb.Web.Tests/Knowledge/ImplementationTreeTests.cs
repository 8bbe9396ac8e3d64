using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Tests.Knowledge;

public class ImplementationTreeTests
{
    private static DocumentRow Doc(string id, string level, string? locality = null) =>
        new(id, id, "Kế hoạch", null, id.ToUpperInvariant(), "2020-01-01", 2020, null, level, locality, null, false, 1, true, "");

    private static RelationRow Rel(string from, string to, string type = "implements") => new(from, to, type, "src-1", $"{from} {type} {to}", 1, 1);

    /// <summary>A resolution, two provincial plans implementing it, a district plan implementing both (met twice),
    /// a commune plan under the district, one under it that names the resolution again (a cycle), and a citation
    /// that is not an implementation.</summary>
    private static KbSnapshot Snapshot()
    {
        DocumentRow[] docs =
        [
            Doc("nq", "central"), Doc("kh-b", "province", "Bắc Kạn"), Doc("kh-a", "province", "An Giang"),
            Doc("kh-h", "district", "Ba Bể"), Doc("kh-x", "commune", "Chu Hương"), Doc("kh-loop", "commune", "Chu Hương"), Doc("cv", "province", "An Giang"),
        ];
        RelationRow[] relations =
        [
            Rel("kh-a", "nq"), Rel("kh-b", "nq"), Rel("kh-h", "kh-a"), Rel("kh-h", "kh-b", "continues"), Rel("kh-x", "kh-h"),
            Rel("kh-loop", "kh-x"), Rel("nq", "kh-loop"), Rel("cv", "nq", "cites"),
        ];
        return new KbSnapshot(new ExportModel([], docs, relations), new KbStats(0, docs.Length, 0, relations.Length, 0, 0, [], [], []));
    }

    private static string Shape(TreeNode n) =>
        n.Document.Id + (n.Repeated ? "*" : "") + (n.Children.Count == 0 ? "" : "(" + string.Join(" ", n.Children.Select(Shape)) + ")");

    [Fact]
    public void Walks_down_through_every_level_showing_a_document_met_again_once_without_children()
    {
        var s = Snapshot();

        var tree = ImplementationTree.Build(s, s.ById["nq"], down: true);

        // by level, then locality: An Giang before Bắc Kạn; the district plan is shown in full under the first
        // plan and repeated under the second; the commune plan that implements back into the root ends the walk
        Assert.Equal("nq(kh-a(kh-h(kh-x(kh-loop(nq*)))) kh-b(kh-h*))", Shape(tree));
        Assert.Equal(5, tree.Size);
        Assert.Equal("continues", tree.Children[1].Children[0].RelationType);
    }

    [Fact]
    public void Walks_up_from_a_plan_to_what_it_implements()
    {
        var s = Snapshot();

        var tree = ImplementationTree.Build(s, s.ById["kh-x"], down: false);

        Assert.Equal("kh-x(kh-h(kh-a(nq(kh-loop(kh-x*))) kh-b(nq*)))", Shape(tree));
    }

    [Fact]
    public void A_document_nothing_implements_is_a_leaf()
    {
        var s = Snapshot();

        Assert.Empty(ImplementationTree.Build(s, s.ById["cv"], down: true).Children);
    }
}
