using System.Buffers;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over the hits of a search, how many have each value of one filter field: exactly over
/// the first <paramref name="limit"/> hits, then no more (Capped), since reading three fields' doc values
/// for every hit of a common word was half of what a search cost and grew with the archive. Counting in a
/// pass of its own, it ends the pass once full (with counters sharing a pass, all fill at the same hit); a
/// <see cref="Sibling"/> rides along the pass that collects the top hits and only stops counting. Counts the
/// ordinals of each segment from their copy in memory (<see cref="FacetOrdinals"/>: through the doc values on
/// disk, a common word's 10,000 hits were a quarter of its search), in an array borrowed from the shared pool,
/// and turns each ordinal counted into its value once per segment rather than per hit.</summary>
internal sealed class FacetCounter(FacetOrdinals ordinals, string field, int limit, bool endsPass = true) : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SegmentOrdinals? segment;
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
    public FacetCounter Sibling() => new(ordinals, field, limit, endsPass: false);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        if (Capped)
        {
            if (endsPass) throw new CollectionTerminatedException();
            return;
        }
        segment = ordinals.Of(context, field);
        if (segment is null) return;
        segmentCounts = ArrayPool<int>.Shared.Rent(segment.ValueCount);
        Array.Clear(segmentCounts, 0, segment.ValueCount);
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
        segment?.Count(doc, segmentCounts);
    }

    /// <summary>Marks the counts as lower bounds: the pass this sibling rode along had more hits than it counted.</summary>
    public void Cap() => Capped = true;

    /// <summary>Adds what a sibling counted over its slice, once the slice's collection has ended.</summary>
    public void Add(FacetCounter other)
    {
        other.Flush();
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
        if (segment is null) return;
        for (var ord = 0; ord < segment.ValueCount; ord++)
        {
            if (segmentCounts[ord] == 0) continue;
            var value = segment.Name(ord);
            counts[value] = counts.GetValueOrDefault(value) + segmentCounts[ord];
        }
        ArrayPool<int>.Shared.Return(segmentCounts);
        segment = null;
        segmentCounts = [];
    }
}
