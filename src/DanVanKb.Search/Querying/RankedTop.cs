using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>The best <c>size</c> hits seen, by <see cref="ScoreRank"/> then store order, in a heap whose root
/// is the worst hit kept: what a block's bound is compared with to skip it.</summary>
internal sealed class RankedTop(int size)
{
    private readonly Hit[] heap = new Hit[Math.Max(1, size)];
    private int count;

    internal readonly record struct Hit(int Rank, long Order, int Doc, float Score)
    {
        /// <summary>Ranks after <paramref name="other"/>: a lower rank, or the same later in the store's order.</summary>
        public bool After(Hit other) => Rank != other.Rank ? Rank < other.Rank : Order != other.Order ? Order > other.Order : Doc > other.Doc;
    }

    /// <summary>Keeps the hit (a segment's record, at <paramref name="docBase"/> in the index) if the top is not
    /// full or it ranks before the worst hit kept; its order is read only when its rank could keep it.</summary>
    public void Offer(int doc, float score, StoreOrder.Segment orders, int docBase)
    {
        var rank = ScoreRank.Of(score);
        if (count == size && (size == 0 || rank < heap[0].Rank)) return;
        var hit = new Hit(rank, orders.Get(doc), docBase + doc, score);
        if (count < size)
        {
            heap[count] = hit;
            Up(count++);
        }
        else if (heap[0].After(hit))
        {
            heap[0] = hit;
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

    public IEnumerable<Hit> Hits => heap.Take(count);

    /// <summary>The best <paramref name="n"/> of several tops (one per slice of the segments), best first.</summary>
    public static ScoreDoc[] Merge(IEnumerable<RankedTop> tops, int n) =>
        [.. tops.SelectMany(t => t.Hits).Order(Best.Instance).Take(n).Select(h => new ScoreDoc(h.Doc, h.Score))];

    private void Up(int i)
    {
        while (i > 0 && heap[i].After(heap[(i - 1) / 2]))
        {
            var parent = (i - 1) / 2;
            (heap[i], heap[parent]) = (heap[parent], heap[i]);
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
            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private sealed class Best : IComparer<Hit>
    {
        public static readonly Best Instance = new();

        public int Compare(Hit x, Hit y) => x.After(y) ? 1 : y.After(x) ? -1 : 0;
    }
}
