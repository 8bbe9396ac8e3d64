using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>A document in an implementation tree, with the relations that link it to its parent (each one
/// an evidence sentence) and its own children. A document met a second time is shown once more as
/// <see cref="Repeated"/>, without children. <see cref="Omitted"/> counts children left out of a pruned
/// copy made for display.</summary>
public sealed record TreeNode(DocumentRow Document, IReadOnlyList<RelationRow> Evidence, IReadOnlyList<TreeNode> Children, bool Repeated, int Omitted = 0)
{
    public string? RelationType => Evidence.Count > 0 ? Evidence[0].Type : null;

    /// <summary>How many distinct documents lie under this node (a repeated one is counted where it is shown in full).</summary>
    public int Size { get; } = SizeOf(Children);

    private static int SizeOf(IReadOnlyList<TreeNode> children)
    {
        var size = 0;
        for (var i = 0; i < children.Count; i++) size += children[i].Repeated ? 0 : 1 + children[i].Size;
        return size;
    }

    public IEnumerable<TreeNode> Descendants()
    {
        // iterative: a chain of thousands of plans must not nest thousands of enumerators
        var stack = new Stack<TreeNode>(Children.Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (var i = n.Children.Count - 1; i >= 0; i--) stack.Push(n.Children[i]);
        }
    }

    /// <summary>A copy that keeps at most <paramref name="budget"/> nodes, level by level from the top, so a
    /// page shows the first levels of a tree of ten thousand plans and says how many more each node has.</summary>
    public TreeNode Pruned(int budget)
    {
        var keep = new HashSet<TreeNode>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<TreeNode>([this]);
        while (queue.Count > 0 && keep.Count <= budget)
        {
            var n = queue.Dequeue();
            keep.Add(n);
            foreach (var c in n.Children) queue.Enqueue(c);
        }
        return Copy(this, keep);
    }

    private static TreeNode Copy(TreeNode n, HashSet<TreeNode> keep)
    {
        var kept = n.Children.Where(keep.Contains).Select(c => Copy(c, keep)).ToList();
        return n with { Children = kept, Omitted = n.Omitted + n.Children.Count - kept.Count };
    }
}
