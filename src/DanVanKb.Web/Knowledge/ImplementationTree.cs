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
    public static TreeNode Build(KbSnapshot s, DocumentRow root, bool down) => Walk(s, root, [], down ? s.ImplementedBy : s.Implements, 0);

    private static TreeNode Walk(KbSnapshot s, DocumentRow doc, HashSet<string> seen, Func<string, IReadOnlyList<ImplementationLink>> links,
        int depth, IReadOnlyList<RelationRow>? evidence = null)
    {
        seen.Add(doc.Id);
        var below = depth < MaxDepth ? links(doc.Id) : [];
        // most plans implement into nothing further: a leaf shares the empty list, a parent's is sized once
        var children = below.Count == 0 ? NoChildren : new TreeNode[below.Count];
        for (var i = 0; i < below.Count; i++)
        {
            var (child, ev) = below[i];
            children[i] = seen.Contains(child.Id)
                ? new TreeNode(child, ev, NoChildren, Repeated: true)
                : Walk(s, child, seen, links, depth + 1, ev);
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

/// <summary>One step of the hierarchy: the document at the other end and the relations (evidence) that make it.</summary>
public sealed record ImplementationLink(DocumentRow Document, IReadOnlyList<RelationRow> Evidence);

/// <summary>The documents of one level under a root, by locality.</summary>
public sealed record LevelGroup(string? Level, string Label, IReadOnlyList<LocalityGroup> Localities);

/// <summary>The documents of one locality (or issuer when the locality is unknown).</summary>
public sealed record LocalityGroup(string Locality, IReadOnlyList<DocumentRow> Documents);
