using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over the hits of a search, how many have each value of one filter field: exactly over
/// the first <paramref name="limit"/> hits, then no more (Capped), since reading three fields' doc values
/// for every hit of a common word was half of what a search cost and grew with the archive. Counting in a
/// pass of its own, it ends the pass once full (with counters sharing a pass, all fill at the same hit); a
/// <see cref="Sibling"/> rides along the pass that collects the top hits and only stops counting. Reads the
/// field's doc values and counts ordinals per segment, turning each ordinal into its string once per
/// segment rather than per hit.</summary>
internal sealed class FacetCounter(string field, int limit, bool endsPass = true) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? values;
    private int[] segmentCounts = [];
    private int counted;

    /// <summary>Whether there were more hits than were counted: the counts are then lower bounds.</summary>
    public bool Capped { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    /// <summary>A counter of the same field and limit for one slice of the segments, collected alongside the top
    /// hits (so it never ends the pass); its counts are added back with <see cref="Add"/>.</summary>
    public FacetCounter Sibling() => new(field, limit, endsPass: false);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        if (Capped)
        {
            if (endsPass) throw new CollectionTerminatedException();
            return;
        }
        values = context.AtomicReader.GetSortedSetDocValues(field);
        segmentCounts = values is null ? [] : new int[values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (counted == limit)
        {
            Capped = true;
            // the searcher catches it and goes on with the next segment, where SetNextReader ends it at once
            if (endsPass) throw new CollectionTerminatedException();
            return;
        }
        counted++;
        if (values is null) return;
        values.SetDocument(doc);
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            segmentCounts[ord]++;
    }

    /// <summary>Turns the ordinals counted in the last segment into values, on the thread that collected them: a
    /// segment's doc values are an instance per thread, which another thread must not read (a sibling's values
    /// read on the searching thread raced with the next search of the thread that collected them, a 500 under
    /// load). A slice calls it when its collection ends.</summary>
    public void Finish() => Flush();

    /// <summary>Marks the counts as lower bounds: the pass this sibling rode along had more hits than it counted.</summary>
    public void Cap() => Capped = true;

    /// <summary>Adds what a sibling counted over its slice (it has called <see cref="Finish"/>).</summary>
    public void Add(FacetCounter other)
    {
        if (other.values is not null) throw new InvalidOperationException("a sibling's counts are added once its slice has finished them");
        foreach (var (value, count) in other.counts) counts[value] = counts.GetValueOrDefault(value) + count;
        Capped |= other.Capped;
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
