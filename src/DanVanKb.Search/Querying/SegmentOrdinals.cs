using System.Numerics;

using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>One segment's values of one filter field, as the ordinals of its sorted-set doc values, in memory with
/// the value each stands for: a bit mask a record when the field has at most 64 values in the segment (a type or a
/// level: a byte or two a record), else each record's ordinals in one array with its start in another (a place).</summary>
internal abstract class SegmentOrdinals(string[] names)
{
    /// <summary>How many distinct values the field has in the segment.</summary>
    public int ValueCount => names.Length;

    /// <summary>The value an ordinal stands for.</summary>
    public string Name(int ord) => names[ord];

    /// <summary>Adds one to <paramref name="counts"/> at each ordinal of <paramref name="doc"/>.</summary>
    public abstract void Count(int doc, int[] counts);

    /// <summary>The field's ordinals of every record of the segment; null when it has no such doc values.</summary>
    public static SegmentOrdinals? Read(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null) return null;
        var names = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }
        var maxDoc = reader.MaxDoc;
        return names.Length switch
        {
            <= 8 => Masks<byte>.Read(values, maxDoc, names),
            <= 16 => Masks<ushort>.Read(values, maxDoc, names),
            <= 32 => Masks<uint>.Read(values, maxDoc, names),
            <= 64 => Masks<ulong>.Read(values, maxDoc, names),
            _ => Lists.Read(values, maxDoc, names),
        };
    }

    /// <summary>Each ordinal of every record of the segment, record by record in order.</summary>
    private static void Visit(SortedSetDocValues values, int maxDoc, Action<int, int> visit)
    {
        for (var doc = 0; doc < maxDoc; doc++)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) visit(doc, (int)ord);
        }
    }

    private sealed class Masks<T>(T[] masks, string[] names) : SegmentOrdinals(names) where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        public static Masks<T> Read(SortedSetDocValues values, int maxDoc, string[] names)
        {
            var masks = new T[maxDoc];
            Visit(values, maxDoc, (doc, ord) => masks[doc] |= T.One << ord);
            return new Masks<T>(masks, names);
        }

        public override void Count(int doc, int[] counts)
        {
            for (var mask = ulong.CreateTruncating(masks[doc]); mask != 0; mask &= mask - 1)
                counts[BitOperations.TrailingZeroCount(mask)]++;
        }
    }

    private sealed class Lists(int[] starts, int[] ords, string[] names) : SegmentOrdinals(names)
    {
        public static Lists Read(SortedSetDocValues values, int maxDoc, string[] names)
        {
            // each record's count at the next one's start, then summed: a record's ordinals start where the last ended
            var starts = new int[maxDoc + 1];
            var ords = new List<int>();
            Visit(values, maxDoc, (doc, ord) =>
            {
                starts[doc + 1]++;
                ords.Add(ord);
            });
            for (var doc = 0; doc < maxDoc; doc++) starts[doc + 1] += starts[doc];
            return new Lists(starts, [.. ords], names);
        }

        public override void Count(int doc, int[] counts)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++) counts[ords[i]]++;
        }
    }
}
