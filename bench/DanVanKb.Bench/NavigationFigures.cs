using DanVanKb.Storage.Reading;
using DanVanKb.Web.Hosting;
using DanVanKb.Web.Knowledge;

using Microsoft.Extensions.Configuration;

namespace DanVanKb.Bench;

/// <summary>Navigation through the site's own read code (KbStore's snapshot, ImplementationTree): the whole
/// implementation tree below a document ("xuống dưới") and its chain up ("lên trên"), for the documents
/// whose trees are nearest 10, 1,000 and 10,000 descendants, and the chain up from the deepest document of
/// the largest tree. Each walk is built afresh (ImplementationTree.Build): the pages keep built trees per
/// snapshot, so these are the costs of a first visit.</summary>
public sealed record NavigationFigures(IReadOnlyList<NavigationRow> Rows, int LargestTree)
{
    public static readonly int[] Sizes = [10, 1_000, 10_000];

    public static NavigationFigures Measure(string data, BenchOptions o)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection([new(WebAppOptions.DataKey, data)]).Build();
        using var store = new KbStore(config);
        var s = store.Snapshot();
        var counts = DescendantCounts(s);
        var rows = new List<NavigationRow>();
        var budget = TimeSpan.FromSeconds(o.Smoke ? 3 : 15);
        var largest = counts.Count == 0 ? 0 : counts.Values.Max();
        foreach (var size in Sizes)
        {
            if (counts.Count == 0) break;
            var (id, _) = counts.MinBy(kv => (Math.Abs(Math.Log(Math.Max(kv.Value, 1)) - Math.Log(size)), kv.Key));
            var doc = s.ById[id];
            var down = ImplementationTree.Down(s, doc);
            var n = down.Descendants().Where(d => !d.Repeated).Select(d => d.Document.Id).Distinct().Count();
            var label = $"{doc.Symbol ?? doc.Type} ({doc.Level}{(doc.Locality is null ? "" : ", " + doc.Locality)})";
            rows.Add(new NavigationRow("down", size, label, n, Latency.Measure([doc], d => ImplementationTree.Build(s, d, down: true), o.Samples, budget)));
            rows.Add(new NavigationRow("up", size, label, n, Latency.Measure([doc], d => ImplementationTree.Build(s, d, down: false), o.Samples, budget)));
            if (size == Sizes[^1])
            {
                var deepest = Deepest(down);
                var chain = ImplementationTree.Up(s, deepest.Document);
                rows.Add(new NavigationRow("up from leaf", size, $"{deepest.Document.Symbol} ({deepest.Document.Level}), {Depth(chain)} levels up", n,
                    Latency.Measure([deepest.Document], d => ImplementationTree.Build(s, d, down: false), o.Samples, budget)));
            }
        }
        return new NavigationFigures(rows, largest);
    }

    /// <summary>Distinct documents below each document that has any, along the same relations the tree follows.</summary>
    private static Dictionary<string, int> DescendantCounts(KbSnapshot s)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in s.Relations.Where(r => Labels.IsImplementation(r.Type) && r.From != r.To).Select(r => r.To).Distinct())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            var stack = new Stack<string>([id]);
            while (stack.Count > 0)
                foreach (var r in s.To[stack.Pop()])
                    if (Labels.IsImplementation(r.Type) && s.ById.ContainsKey(r.From) && seen.Add(r.From)) stack.Push(r.From);
            if (s.ById.ContainsKey(id)) result[id] = seen.Count - 1;
        }
        return result;
    }

    private static TreeNode Deepest(TreeNode root)
    {
        var best = (Node: root, Depth: 0);
        void Walk(TreeNode n, int depth)
        {
            if (!n.Repeated && depth > best.Depth) best = (n, depth);
            foreach (var c in n.Children) Walk(c, depth + 1);
        }
        Walk(root, 0);
        return best.Node;
    }

    private static int Depth(TreeNode n) => n.Children.Count == 0 ? 0 : 1 + n.Children.Max(Depth);
}

/// <summary>One navigation: which way, the target size, the document used, its descendants, and the latency.</summary>
public sealed record NavigationRow(string Way, int Target, string Document, int Descendants, Latency Latency);
