using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>The passages of a few reports, read from their runs of doc ids (<see cref="ReportRuns"/>): a term filter
/// over their names seeks each name in every segment and merges their postings, most of counting a page's reports.
/// A segment written before reports were added as blocks, whose runs overlap, is filtered by the names' postings as
/// before.</summary>
internal sealed class ReportFilter(ReportOrdinals ordinals, IReadOnlyCollection<int> reports) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var runs = ordinals.Runs(context.Ord);
        if (!runs.Tight) return ByName().GetDocIdSet(context, acceptDocs);
        var chosen = new List<(int First, int Last)>();
        var ords = new List<int>();
        foreach (var report in reports)
            if (runs.SegmentOrd(report) is var ord and >= 0)
            {
                chosen.Add(runs.Run(ord));
                ords.Add(ord);
            }
        if (chosen.Count == 0) return null;
        chosen.Sort();
        ords.Sort();
        return new Runs([.. chosen], [.. ords], ordinals.Segment(context.Ord), acceptDocs);
    }

    private QueryWrapperFilter ByName()
    {
        var names = new BooleanQuery();
        foreach (var report in reports) names.Add(new TermQuery(new Term(SearchFields.Source, ordinals.Name(report))), Occur.SHOULD);
        return new QueryWrapperFilter(names);
    }

    private sealed class Runs((int First, int Last)[] runs, int[] ords, SortedDocValues values, IBits? acceptDocs) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new Iterator(runs, ords, values, acceptDocs);
    }

    /// <summary>The docs of each run in turn that are not deleted (and, should a run hold another report's passage,
    /// are the chosen reports').</summary>
    private sealed class Iterator((int First, int Last)[] runs, int[] ords, SortedDocValues values, IBits? acceptDocs) : DocIdSetIterator
    {
        private int run;
        private int doc = -1;

        public override int DocID => doc;

        public override int NextDoc() => Advance(doc + 1);

        public override int Advance(int target)
        {
            for (; run < runs.Length; run++)
            {
                var (first, last) = runs[run];
                for (var d = Math.Max(target, first); d <= last; d++)
                    if (Array.BinarySearch(ords, values.GetOrd(d)) >= 0 && acceptDocs?.Get(d) != false) return doc = d;
            }
            return doc = NO_MORE_DOCS;
        }

        public override long GetCost() => runs.Sum(r => (long)(r.Last - r.First + 1));
    }
}
