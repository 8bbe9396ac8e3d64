using Lucene.Net.Index;

namespace DanVanKb.Search.Querying;

/// <summary>The filter fields' values of every record of one index, read from their doc values into memory once
/// per segment and field, on first use (<see cref="SegmentOrdinals"/>): counting a common word's first 10,000
/// hits through the doc values on disk read them byte by byte, about a quarter of its search. About 9 bytes a
/// record for the three fields at 20,000 reports.</summary>
internal sealed class FacetOrdinals
{
    private readonly IList<AtomicReaderContext> leaves;
    private readonly Dictionary<string, Lazy<SegmentOrdinals?>[]> fields;

    public FacetOrdinals(IndexReader reader, IEnumerable<string> fieldNames)
    {
        leaves = reader.Leaves;
        fields = fieldNames.ToDictionary(
            f => f,
            f => leaves.Select(l => new Lazy<SegmentOrdinals?>(() => SegmentOrdinals.Read(l.AtomicReader, f))).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The field's values in the segment; null when no record of it has one.</summary>
    public SegmentOrdinals? Of(AtomicReaderContext context, string field) =>
        !fields.TryGetValue(field, out var segments) ? throw new ArgumentException($"'{field}' is not a filter field read into memory", nameof(field))
        : context.Ord < leaves.Count && ReferenceEquals(leaves[context.Ord].Reader, context.Reader) ? segments[context.Ord].Value
        : throw new InvalidOperationException("The filter values were read from another index than the one searched.");
}
