using DanVanKb.Core.Identity;

using Member = DanVanKb.Core.Identity.ClusterOrder.Member;

namespace DanVanKb.Core.Tests.Identity;

public sealed class ClusterOrderTests
{
    private static string Written(IEnumerable<Member> members) =>
        string.Join(',', members.Select(m => $"{m.Source}:{m.Local}").Order(StringComparer.Ordinal));

    [Fact]
    public void Orders_clusters_as_their_joined_member_keys_would_order()
    {
        // characters below and above ',' and ':' and one id the prefix of another: where a naive member-wise
        // comparison would differ from the joined strings'
        var alphabet = "ab1+,:-z ";
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var clusters = Enumerable.Range(0, 400)
            .Select(_ => Enumerable.Range(0, random.Next(0, 4)).Select(_ => new Member(Word(), Word())).ToArray())
            .ToList();

        foreach (var x in clusters)
            foreach (var y in clusters.Take(60))
                Assert.Equal(Math.Sign(string.CompareOrdinal(Written(x), Written(y))), Math.Sign(ClusterOrder.Compare(ClusterOrder.Sorted(x), ClusterOrder.Sorted(y))));
    }

    [Fact]
    public void A_cluster_whose_members_extend_anothers_comes_after_it()
    {
        Member[] one = [new("src-1", "d1")];
        Member[] longer = [new("src-1", "d12")];
        Member[] two = [new("src-1", "d1"), new("src-2", "d3")];

        Assert.True(ClusterOrder.Compare(one, longer) < 0);
        Assert.True(ClusterOrder.Compare(one, two) < 0);
        Assert.True(ClusterOrder.Compare(two, longer) < 0); // "src-1:d1,…" before "src-1:d12": ',' sorts before '2'
        Assert.Equal(0, ClusterOrder.Compare(two, [.. two]));
    }
}
