using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Packed;

namespace DanVanKb.Search.Querying;

/// <summary>The store's order of every record of one index (its <see cref="SearchFields.Order"/> doc values),
/// read into memory once per segment, and the sort that breaks equal scores by it. Equal scores are the rule,
/// not the exception (every passage citing a symbol scores the same, a common word's passages share a few
/// lengths), and Lucene's own comparator read each tie's order from the memory-mapped file: two fifths of a
/// symbol search. Packed from the segment's smallest order up, about 5 bytes a record.</summary>
internal sealed class StoreOrder : FieldComparerSource
{
    private readonly IList<AtomicReaderContext> leaves;
    private readonly Lazy<Segment>[] segments;

    public StoreOrder(IndexReader reader)
    {
        leaves = reader.Leaves;
        segments = [.. leaves.Select(l => new Lazy<Segment>(() => Segment.Read(l.AtomicReader)))];
        Sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Order, this));
    }

    /// <summary>Best score first, equal scores in the store's order, however the index was written.</summary>
    public Sort Sort { get; }

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(this, numHits);

    private Segment Of(AtomicReaderContext context) =>
        context.Ord < leaves.Count && ReferenceEquals(leaves[context.Ord].Reader, context.Reader)
            ? segments[context.Ord].Value
            : throw new InvalidOperationException("The store order was read from another index than the one searched.");

    /// <summary>One segment's orders, less the smallest of them.</summary>
    private sealed record Segment(long Min, PackedInt32s.Reader Values)
    {
        public long Get(int doc) => Min + Values.Get(doc);

        public static Segment Read(AtomicReader reader)
        {
            var values = reader.GetNumericDocValues(SearchFields.Order);
            var all = new long[reader.MaxDoc];
            // a record without an order reads 0, as with Lucene's own comparator
            for (var doc = 0; doc < all.Length; doc++) all[doc] = values?.Get(doc) ?? 0;
            var (min, max) = all.Length == 0 ? (0L, 0L) : (all.Min(), all.Max());
            var packed = PackedInt32s.GetMutable(all.Length, PackedInt32s.BitsRequired(max - min), PackedInt32s.DEFAULT);
            for (var doc = 0; doc < all.Length; doc++) packed.Set(doc, all[doc] - min);
            return new Segment(min, packed);
        }
    }

    /// <summary>Lucene's comparator of longs, reading from <see cref="Segment"/> instead of the doc values.</summary>
    private sealed class Comparer(StoreOrder order, int slots) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] values = new long[slots];
        private Segment? segment;
        private long bottom;
        private long top;

        public override int Compare(int slot1, int slot2) => values[slot1].CompareTo(values[slot2]);

        public override void SetBottom(int slot) => bottom = values[slot];

        public override void SetTopValue(J2N.Numerics.Int64 value) => top = value.ToInt64();

        public override int CompareBottom(int doc) => bottom.CompareTo(segment!.Get(doc));

        public override int CompareTop(int doc) => top.CompareTo(segment!.Get(doc));

        public override void Copy(int slot, int doc) => values[slot] = segment!.Get(doc);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            segment = order.Of(context);
            return this;
        }

        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(values[slot]);
    }
}
