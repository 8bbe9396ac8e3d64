using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over every hit of a search, how many have each value of one filter field. Reads the
/// field's doc values and counts ordinals per segment, turning each ordinal into its string once per
/// segment rather than once per hit: a common word matches most passages of a large archive.</summary>
internal sealed class FacetCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private int[] segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = context.AtomicReader.GetSortedSetDocValues(field);
        segmentCounts = values is null ? [] : new int[values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            segmentCounts[ord]++;
    }

    public IReadOnlyList<FacetCount> Counts()
    {
        Flush();
        return [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetCount(kv.Key, kv.Value))];
    }

    private void Flush()
    {
        if (values is null) return;
        var bytes = new BytesRef();
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0) continue;
            values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + segmentCounts[ord];
        }
        values = null;
        segmentCounts = [];
    }
}
