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
        var chosen = reports.Select(runs.SegmentOrd).Where(ord => ord >= 0).Select(runs.Run).Order().ToArray();
        return chosen.Length == 0 ? null : new Runs(chosen, ordinals.Segment(context.Ord), acceptDocs);
    }

    private QueryWrapperFilter ByName()
    {
        var names = new BooleanQuery();
        foreach (var report in reports) names.Add(new TermQuery(new Term(SearchFields.Source, ordinals.Name(report))), Occur.SHOULD);
        return new QueryWrapperFilter(names);
    }

    private sealed class Runs((int First, int Last)[] runs, SortedDocValues values, IBits? acceptDocs) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new Iterator(runs, values, acceptDocs);
    }

    /// <summary>The docs of each run in turn that are passages (runs apart hold no other report's) and not deleted.</summary>
    private sealed class Iterator((int First, int Last)[] runs, SortedDocValues values, IBits? acceptDocs) : DocIdSetIterator
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
                    if (values.GetOrd(d) >= 0 && acceptDocs?.Get(d) != false) return doc = d;
            }
            return doc = NO_MORE_DOCS;
        }

        public override long GetCost() => runs.Sum(r => (long)(r.Last - r.First + 1));
    }
}
