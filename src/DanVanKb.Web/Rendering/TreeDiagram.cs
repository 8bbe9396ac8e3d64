using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Rendering;

/// <summary>Lays an implementation tree out for an SVG drawn on the server: the root on the left, one
/// column per depth, leaves one under another and each parent centred on its children. Every node links
/// to its document and every edge to its evidence sentence.</summary>
public sealed class TreeDiagram
{
    public const int NodeWidth = 210;
    public const int NodeHeight = 40;
    private const int ColumnGap = 56;
    private const int RowGap = 10;
    private const int Margin = 8;
    private const int MaxNodes = 400;

    private readonly List<DiagramNode> nodes = [];
    private readonly List<DiagramEdge> edges = [];
    private int nextRow;

    private TreeDiagram()
    {
    }

    public IReadOnlyList<DiagramNode> Nodes => nodes;

    public IReadOnlyList<DiagramEdge> Edges => edges;

    public int Width { get; private set; }

    public int Height { get; private set; }

    public bool Truncated { get; private set; }

    public static TreeDiagram Lay(TreeNode root)
    {
        var d = new TreeDiagram();
        d.Place(root, 0);
        d.Width = (d.nodes.Count == 0 ? 0 : d.nodes.Max(n => n.X)) + NodeWidth + 2 * Margin;
        d.Height = Math.Max(1, d.nextRow) * (NodeHeight + RowGap) + 2 * Margin;
        return d;
    }

    private int Place(TreeNode node, int depth)
    {
        var x = Margin + depth * (NodeWidth + ColumnGap);
        var childYs = new List<(int Y, TreeNode Child)>();
        foreach (var child in node.Children)
        {
            if (nodes.Count + childYs.Count >= MaxNodes)
            {
                Truncated = true;
                break;
            }
            childYs.Add((Place(child, depth + 1), child));
        }
        var y = childYs.Count > 0 ? (childYs[0].Y + childYs[^1].Y) / 2 : Margin + nextRow++ * (NodeHeight + RowGap);
        var doc = node.Document;
        nodes.Add(new DiagramNode(x, y, doc.Symbol ?? doc.Type, $"{doc.Type} · {Labels.Level(doc.Level)}{(doc.Locality is null ? "" : " " + doc.Locality)}",
            Routes.Document(doc.Slug), depth == 0 ? "root" : node.Repeated ? "repeated" : doc.CitedOnly ? "cited" : "known", Citation.Short(doc)));
        foreach (var (cy, child) in childYs)
        {
            var ev = child.Evidence[0];
            edges.Add(new DiagramEdge(x + NodeWidth, y + NodeHeight / 2, x + NodeWidth + ColumnGap, cy + NodeHeight / 2,
                Routes.SourceLine(ev.Source, ev.Line), $"{Citation.Short(child.Document)} {Labels.Relation(ev.Type)}: {ev.Evidence}"));
        }
        return y;
    }
}

public sealed record DiagramNode(int X, int Y, string Label, string Caption, string Href, string Css, string Title);

public sealed record DiagramEdge(int X1, int Y1, int X2, int Y2, string Href, string Title)
{
    /// <summary>A smooth curve from parent to child.</summary>
    public string Path => FormattableString.Invariant($"M{X1},{Y1} C{(X1 + X2) / 2},{Y1} {(X1 + X2) / 2},{Y2} {X2},{Y2}");
}
