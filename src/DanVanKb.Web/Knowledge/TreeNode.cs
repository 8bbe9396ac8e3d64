using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>A document in an implementation tree, with the relations that link it to its parent (each one
/// an evidence sentence) and its own children. A document met a second time is shown once more as
/// <see cref="Repeated"/>, without children.</summary>
public sealed record TreeNode(DocumentRow Document, IReadOnlyList<RelationRow> Evidence, IReadOnlyList<TreeNode> Children, bool Repeated)
{
    public string? RelationType => Evidence.Count > 0 ? Evidence[0].Type : null;

    public IEnumerable<TreeNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
}
