using System.Buffers;
using System.Collections;

namespace DanVanKb.Search.Querying;

/// <summary>One term's or phrase's maxima in one segment, a block each, kept as half-precision floats rounded up:
/// a bound only has to be at least the value, and 16 bits hold it within 1/1,024 of it, so the same budget keeps
/// twice the tables (a site's distinct searches read more tables than 32 MB of 32-bit floats held, and a table
/// dropped is read again from the postings by the next search that needs it). What a query learns of its own scores
/// is kept <see cref="Exact"/>: rounded up, a block whose best ties the last hit kept (every passage citing a symbol
/// scores the same) rounded into the next rank half the time, and its bound was summed again on every search.</summary>
internal sealed class MaximaTable : IReadOnlyList<float>
{
    private readonly ushort[]? codes;
    private readonly float[]? values;

    private MaximaTable(ushort[]? codes, float[]? values) => (this.codes, this.values) = (codes, values);

    public int Count => values?.Length ?? codes!.Length;

    public long Bytes => values is null ? 2L * codes!.Length : 4L * values.Length;

    /// <summary>The block's maximum, or slightly more; never less.</summary>
    public float this[int block] => values is null ? (float)BitConverter.UInt16BitsToHalf(codes![block]) : values[block];

    /// <summary>The smallest half-precision value not below <paramref name="value"/> (infinity past half's range:
    /// a block without a finite bound is read, never skipped). Positive halves order as their bits do.</summary>
    internal static ushort Encode(float value)
    {
        var bits = BitConverter.HalfToUInt16Bits((Half)value);
        return (float)BitConverter.UInt16BitsToHalf(bits) < value ? (ushort)(bits + 1) : bits;
    }

    /// <summary>The table of these maxima, each rounded up.</summary>
    public static MaximaTable Of(ReadOnlySpan<float> exact)
    {
        var codes = new ushort[exact.Length];
        for (var b = 0; b < exact.Length; b++) codes[b] = Encode(exact[b]);
        return new MaximaTable(codes, null);
    }

    /// <summary>The table of these maxima as they are, in twice the bytes.</summary>
    public static MaximaTable Exact(ReadOnlySpan<float> maxima) => new(null, maxima.ToArray());

    /// <summary><paramref name="count"/> tables of <paramref name="blocks"/> blocks, filled in one pass by
    /// <paramref name="fill"/> at full precision in borrowed buffers, then rounded up.</summary>
    public static MaximaTable[] Read(int count, int blocks, Action<float[][]> fill)
    {
        var exact = new float[count][];
        for (var t = 0; t < count; t++) Array.Clear(exact[t] = ArrayPool<float>.Shared.Rent(blocks), 0, blocks);
        try
        {
            fill(exact);
            return [.. exact.Select(e => Of(e.AsSpan(0, blocks)))];
        }
        finally
        {
            foreach (var e in exact) ArrayPool<float>.Shared.Return(e);
        }
    }

    public IEnumerator<float> GetEnumerator()
    {
        for (var b = 0; b < Count; b++) yield return this[b];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
