using Lucene.Net.Index;
using Lucene.Net.Util.Packed;

namespace DanVanKb.Search.Querying;

/// <summary>The store's order of every record of one index (its <see cref="SearchFields.Order"/> doc values),
/// read into memory once per segment, with the smallest order of each block of records: the order breaks
/// ties between equal scores (the rule, not the exception: every passage citing a symbol scores the same),
/// and a block whose records all come after the last hit kept cannot displace it with a tie. Packed from the
/// segment's smallest order up, about 5 bytes a record.</summary>
internal sealed class StoreOrder
{
    private readonly IList<AtomicReaderContext> leaves;
    private readonly Lazy<Segment>[] segments;

    public StoreOrder(IndexReader reader)
    {
        leaves = reader.Leaves;
        segments = [.. leaves.Select(l => new Lazy<Segment>(() => Segment.Read(l.AtomicReader)))];
    }

    public Segment Of(AtomicReaderContext context) =>
        context.Ord < leaves.Count && ReferenceEquals(leaves[context.Ord].Reader, context.Reader)
            ? segments[context.Ord].Value
            : throw new InvalidOperationException("The store order was read from another index than the one searched.");

    /// <summary>One segment's orders, less the smallest of them, and each block's smallest order.</summary>
    internal sealed class Segment(long min, PackedInt32s.Reader values, long[] blockMins)
    {
        public long Get(int doc) => min + values.Get(doc);

        /// <summary>The smallest order in block <paramref name="block"/> (of <see cref="TermBlockMaxima.BlockShift"/>).</summary>
        public long BlockMin(int block) => blockMins[block];

        public static Segment Read(AtomicReader reader)
        {
            var values = reader.GetNumericDocValues(SearchFields.Order);
            var all = new long[reader.MaxDoc];
            // a record without an order reads 0, as with Lucene's own comparator
            for (var doc = 0; doc < all.Length; doc++) all[doc] = values?.Get(doc) ?? 0;
            var (min, max) = all.Length == 0 ? (0L, 0L) : (all.Min(), all.Max());
            var packed = PackedInt32s.GetMutable(all.Length, PackedInt32s.BitsRequired(max - min), PackedInt32s.DEFAULT);
            var blockMins = new long[TermBlockMaxima.Blocks(all.Length)];
            Array.Fill(blockMins, long.MaxValue);
            for (var doc = 0; doc < all.Length; doc++)
            {
                packed.Set(doc, all[doc] - min);
                ref var blockMin = ref blockMins[doc >> TermBlockMaxima.BlockShift];
                blockMin = Math.Min(blockMin, all[doc]);
            }
            return new Segment(min, packed, blockMins);
        }
    }
}
