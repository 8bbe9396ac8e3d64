using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>The best <c>size</c> hits seen, by <see cref="ScoreRank"/> then store order, in a heap whose root
/// is the worst hit kept: what a block's bound is compared with to skip it. Grouped by report (with
/// <paramref name="groupBy"/>), it keeps the best hit of each of the best <c>size</c> reports (a document's record is
/// a group of its own), as Lucene's first grouping pass does: a report's passages tie and stand together in the
/// store's order, so the best hits of a symbol came from a handful of reports, and filling a page of twenty reports
/// took a pass over the hits for each fourfold read-ahead. A hit that cannot beat the worst kept can neither enter
/// nor better its report's hit, so a block is skipped on the same test.</summary>
internal sealed class RankedTop(int size, ReportOrdinals? groupBy = null)
{
    private readonly Hit[] heap = new Hit[Math.Max(1, size)];

    /// <summary>Where each report's hit is in the heap.</summary>
    private readonly Dictionary<int, int>? slots = groupBy is null ? null : [];

    private int count;

    internal readonly record struct Hit(int Rank, long Order, int Doc, float Score, int Group)
    {
        /// <summary>Ranks after <paramref name="other"/>: a lower rank, or the same later in the store's order.</summary>
        public bool After(Hit other) => Rank != other.Rank ? Rank < other.Rank : Order != other.Order ? Order > other.Order : Doc > other.Doc;
    }

    /// <summary>Keeps the hit (a record of the segment at <paramref name="leaf"/>, at <paramref name="docBase"/> in the
    /// index) if the top is not full or it ranks before the worst hit kept, in place of its report's when grouped; its
    /// order and report are read only when its rank could keep it.</summary>
    public void Offer(int doc, float score, StoreOrder.Segment orders, int docBase, int leaf = 0)
    {
        var rank = ScoreRank.Of(score);
        if (count == size && (size == 0 || rank < heap[0].Rank)) return;
        var hit = new Hit(rank, orders.Get(doc), docBase + doc, score, groupBy?.Of(leaf, doc) ?? -1);
        if (hit.Group >= 0 && slots!.TryGetValue(hit.Group, out var slot))
        {
            if (!heap[slot].After(hit)) return;
            heap[slot] = hit;
            Down(slot); // better than the report's hit it replaces: away from the root
            return;
        }
        if (count < size)
        {
            Place(count, hit);
            Up(count++);
        }
        else if (heap[0].After(hit))
        {
            if (heap[0].Group >= 0) slots!.Remove(heap[0].Group);
            Place(0, hit);
            Down(0);
        }
    }

    /// <summary>Whether a record whose score is at most <paramref name="bound"/> (within its relative
    /// <paramref name="margin"/>) and whose order is at least <paramref name="minOrder"/> could still be kept.</summary>
    public bool CanKeep(float bound, float margin, long minOrder)
    {
        if (count < size) return true;
        var rank = ScoreRank.OfBound(bound, margin);
        return rank != heap[0].Rank ? rank > heap[0].Rank : minOrder < heap[0].Order;
    }

    /// <summary>Holds as many hits as it keeps: a hit must now beat the worst of them.</summary>
    public bool Full => count == size;

    public IEnumerable<Hit> Hits => heap.Take(count);

    /// <summary>The best <paramref name="n"/> of several tops (one per slice of the segments), best first
    /// (a report's best hit kept by more than one is taken once, the best).</summary>
    public static ScoreDoc[] Merge(IEnumerable<RankedTop> tops, int n)
    {
        var seen = new HashSet<int>();
        return [.. tops.SelectMany(t => t.Hits).Order(Best.Instance).Where(h => h.Group < 0 || seen.Add(h.Group)).Take(n).Select(h => new ScoreDoc(h.Doc, h.Score))];
    }

    private void Place(int i, Hit hit)
    {
        heap[i] = hit;
        if (hit.Group >= 0) slots![hit.Group] = i;
    }

    private void Swap(int i, int j)
    {
        var (a, b) = (heap[i], heap[j]);
        Place(i, b);
        Place(j, a);
    }

    private void Up(int i)
    {
        while (i > 0 && heap[i].After(heap[(i - 1) / 2]))
        {
            var parent = (i - 1) / 2;
            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            int left = 2 * i + 1, right = left + 1, worst = i;
            if (left < count && heap[left].After(heap[worst])) worst = left;
            if (right < count && heap[right].After(heap[worst])) worst = right;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private sealed class Best : IComparer<Hit>
    {
        public static readonly Best Instance = new();

        public int Compare(Hit x, Hit y) => x.After(y) ? 1 : y.After(x) ? -1 : 0;
    }
}
