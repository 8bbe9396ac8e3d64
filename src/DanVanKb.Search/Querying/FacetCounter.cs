using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over every hit of a search, how many have each value of one filter field (read from
/// the field's doc values, so no stored document is loaded).</summary>
internal sealed class FacetCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => values = context.AtomicReader.GetSortedSetDocValues(field);

    public void Collect(int doc)
    {
        if (values is null) return;
        values.SetDocument(doc);
        var bytes = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    public IReadOnlyList<FacetCount> Counts() =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new FacetCount(kv.Key, kv.Value))];
}
