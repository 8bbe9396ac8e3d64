using System.Collections;

using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>Walks the implementation relations of the snapshot: down ("xuống dưới": everything that
/// implements a document, transitively) and up ("lên trên": what it implements, up to the root). The
/// walks are cached in the snapshot, which is immutable, so a popular document's tree is built once.</summary>
public static class ImplementationTree
{
    private const int MaxDepth = 12;

    private static readonly TreeNode[] NoChildren = [];

    public static TreeNode Down(KbSnapshot s, DocumentRow root) => s.Cached("tree-down:" + root.Id, () => Build(s, root, down: true), Bytes);

    public static TreeNode Up(KbSnapshot s, DocumentRow root) => s.Cached("tree-up:" + root.Id, () => Build(s, root, down: false), Bytes);

    /// <summary>About what a walked tree keeps: a node and its lists per document (the rows are the snapshot's).</summary>
    private static long Bytes(TreeNode tree) => 160L * (tree.Size + 1);

    /// <summary>Walks the tree afresh, without the snapshot's cache (what a first visit costs).</summary>
    public static TreeNode Build(KbSnapshot s, DocumentRow root, bool down) =>
        Walk(root, s.NumberOf(root), new BitArray(s.Documents.Count), down ? s.ImplementedBy : s.Implements, 0);

    /// <summary>Documents are numbered by their place in the snapshot: what was seen is a bit per document.</summary>
    private static TreeNode Walk(DocumentRow doc, int number, BitArray seen, Func<int, IReadOnlyList<ImplementationLink>> links,
        int depth, IReadOnlyList<RelationRow>? evidence = null)
    {
        seen[number] = true;
        var below = depth < MaxDepth ? links(number) : [];
        // most plans implement into nothing further: a leaf shares the empty list, a parent's is sized once
        var children = below.Count == 0 ? NoChildren : new TreeNode[below.Count];
        for (var i = 0; i < below.Count; i++)
        {
            var (child, childNumber, ev) = below[i];
            children[i] = seen[childNumber]
                ? new TreeNode(child, ev, NoChildren, Repeated: true)
                : Walk(child, childNumber, seen, links, depth + 1, ev);
        }
        return new TreeNode(doc, evidence ?? [], children, Repeated: false);
    }

    /// <summary>The documents under a root, each once, grouped by level (top down) then locality.</summary>
    public static IReadOnlyList<LevelGroup> ByLevelAndLocality(TreeNode root) =>
    [
        .. root.Descendants().Where(n => !n.Repeated).Select(n => n.Document).DistinctBy(d => d.Id)
            .GroupBy(d => d.Level).OrderBy(g => Labels.LevelRank(g.Key))
            .Select(g => new LevelGroup(g.Key, Labels.Level(g.Key), [.. g.GroupBy(d => d.Locality ?? d.Issuer ?? "")
                .OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new LocalityGroup(l.Key, [.. l.OrderBy(d => d.Date ?? "9999", StringComparer.Ordinal)]))])),
    ];
}

/// <summary>One step of the hierarchy: the document at the other end (and its place in the snapshot) and the
/// relations (evidence) that make it.</summary>
public sealed record ImplementationLink(DocumentRow Document, int Number, IReadOnlyList<RelationRow> Evidence);

/// <summary>The documents of one level under a root, by locality.</summary>
public sealed record LevelGroup(string? Level, string Label, IReadOnlyList<LocalityGroup> Localities);

/// <summary>The documents of one locality (or issuer when the locality is unknown).</summary>
public sealed record LocalityGroup(string Locality, IReadOnlyList<DocumentRow> Documents);
