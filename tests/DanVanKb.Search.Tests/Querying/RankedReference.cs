using DanVanKb.Search.Querying;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>Every hit of a query scored by a plain IndexSearcher, in the product's ranking (<see cref="ScoreRank"/>,
/// then the store's order): what the searcher's top hits, skipped blocks and all, must equal.</summary>
internal static class RankedReference
{
    public static List<(int Doc, float Score)> All(IndexSearcher searcher, Query query)
    {
        var collector = new Everything();
        searcher.Search(query, collector);
        return [.. collector.Hits
            .OrderByDescending(h => ScoreRank.Of(h.Score))
            .ThenBy(h => h.Order)
            .ThenBy(h => h.Doc)
            .Select(h => (h.Doc, h.Score))];
    }

    private sealed class Everything : ICollector
    {
        private Scorer? scorer;
        private NumericDocValues? orders;
        private int docBase;

        public List<(int Doc, float Score, long Order)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            orders = context.AtomicReader.GetNumericDocValues(SearchFields.Order);
        }

        public void Collect(int doc) => Hits.Add((docBase + doc, scorer!.GetScore(), orders?.Get(doc) ?? 0));
    }
}
