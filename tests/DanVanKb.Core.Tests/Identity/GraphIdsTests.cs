using DanVanKb.Core.Identity;

using Member = DanVanKb.Core.Identity.ClusterOrder.Member;

namespace DanVanKb.Core.Tests.Identity;

public class GraphIdsTests
{
    private static AssembledDocument Doc(string id, params Member[] members) =>
        new(new GraphDocument(id, "Kế hoạch", null, null, null, null, [], false, 1, [], [], ""), ClusterOrder.Sorted(members));

    [Fact]
    public void Numbers_the_documents_sharing_an_id_in_cluster_order_whatever_order_they_come_in()
    {
        var first = Doc("doc-aaaaaaaaaaaa", new Member("src-1", "d1"));
        var second = Doc("doc-aaaaaaaaaaaa", new Member("src-1", "d12")); // "src-1:d1" before "src-1:d12"
        var third = Doc("doc-aaaaaaaaaaaa", new Member("src-2", "d1"), new Member("src-1", "d2"));
        var alone = Doc("doc-bbbbbbbbbbbb", new Member("src-0", "d1"));

        Assert.Equal(["doc-aaaaaaaaaaaa-3", "doc-bbbbbbbbbbbb", "doc-aaaaaaaaaaaa", "doc-aaaaaaaaaaaa-2"],
            GraphIds.Assign([third, alone, first, second]).Select(d => d.Id));
        Assert.Equal(["doc-aaaaaaaaaaaa", "doc-aaaaaaaaaaaa-2", "doc-aaaaaaaaaaaa-3", "doc-bbbbbbbbbbbb"],
            GraphIds.Assign([first, second, third, alone]).Select(d => d.Id));
    }

    [Fact]
    public void Leaves_an_id_no_other_document_shares_as_it_is()
    {
        var doc = Doc("doc-cccccccccccc", new Member("src-3", "d4"));
        Assert.Same(doc.Document, Assert.Single(GraphIds.Assign([doc])));
    }
}
