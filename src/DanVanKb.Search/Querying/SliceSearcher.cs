using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Collects the top hits of a query with the index's segments split across the cores, as Lucene's
/// own executor search does: one weight for the whole index (so scores are the ones a single pass gives),
/// one collector per slice of segments, the slices' top hits merged by the same sort. The sort ends with a
/// unique key, so the merged hits are exactly those of a single pass.</summary>
internal sealed class SliceSearcher : IndexSearcher
{
    /// <summary>Below this many records a query is collected in one pass: splitting costs more than it saves.</summary>
    public const int MinParallelRecords = 200_000;

    private readonly IReadOnlyList<IList<AtomicReaderContext>> slices;
    private readonly bool parallel;

    public SliceSearcher(IndexReader reader, int minParallelRecords = MinParallelRecords)
        : base(reader)
    {
        slices = Slices(reader.Leaves, Environment.ProcessorCount);
        parallel = slices.Count > 1 && reader.MaxDoc >= minParallelRecords;
    }

    /// <summary>The first <paramref name="n"/> hits by <paramref name="sort"/> (with their scores) and, when
    /// asked for, every hit's report counted into <paramref name="reports"/> and the filter values of the first
    /// hits of each slice into <paramref name="facets"/>, in the same pass.</summary>
    public TopDocs Top(Query query, Filter? filter, Sort sort, int n, ReportCounter? reports, IReadOnlyList<FacetCounter>? facets = null)
    {
        var weight = CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var parts = new TopDocs[slices.Count];
        var counters = new ReportCounter?[slices.Count];
        var facetCounters = new FacetCounter[slices.Count][];
        void Collect(int i)
        {
            var top = TopFieldCollector.Create(sort, n, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            counters[i] = reports?.Sibling();
            facetCounters[i] = [.. (facets ?? []).Select(f => f.Sibling())];
            var collectors = new List<ICollector> { top };
            if (counters[i] is { } c) collectors.Add(c);
            collectors.AddRange(facetCounters[i]);
            Search(slices[i], weight, collectors.Count == 1 ? top : MultiCollector.Wrap([.. collectors]));
            foreach (var f in facetCounters[i]) f.Finish();
            parts[i] = top.GetTopDocs();
        }
        if (parallel) Parallel.For(0, slices.Count, Collect);
        else for (var i = 0; i < slices.Count; i++) Collect(i);
        foreach (var c in counters)
        {
            if (c is null) continue;
            reports!.Add(c);
            c.Dispose();
        }
        for (var f = 0; f < (facets?.Count ?? 0); f++)
            foreach (var slice in facetCounters) facets![f].Add(slice[f]);
        return TopDocs.Merge(sort, n, parts);
    }

    /// <summary>The segments in as many slices as there are cores, each about as large: the largest segment
    /// goes to the lightest slice.</summary>
    internal static List<IList<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int cores)
    {
        var slices = Enumerable.Range(0, Math.Max(1, Math.Min(cores, leaves.Count))).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[slices.Count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var lightest = Array.IndexOf(sizes, sizes.Min());
            slices[lightest].Add(leaf);
            sizes[lightest] += leaf.AtomicReader.MaxDoc;
        }
        return [.. slices.Where(s => s.Count > 0).Select(s => (IList<AtomicReaderContext>)[.. s.OrderBy(l => l.DocBase)])];
    }
}
