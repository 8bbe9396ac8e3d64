using System.Buffers;
using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DanVanKb.Search.Querying;

/// <summary>Collects the top hits of a query with the index's segments split across the cores, as Lucene's
/// own executor search does: one weight for the whole index (so scores are the ones a single pass gives),
/// one top per slice of segments, merged by the same ranking (<see cref="ScoreRank"/>, then the store's order,
/// unique), so the merged hits are exactly those of a single pass. Each slice counts its share of the first
/// <see cref="SearchLimits.ExactCount"/> hits (their reports and filter values too), scoring those of the blocks
/// whose <see cref="ScoreBounds"/> could beat the worst hit it keeps; beyond, it skips every other block, so a
/// common word reads the postings of a few blocks, not of every hit. The hits are the same either way.</summary>
internal sealed class SliceSearcher : IndexSearcher
{
    /// <summary>Below this many records a query is collected in one pass: splitting costs more than it saves.</summary>
    public const int MinParallelRecords = 200_000;

    private readonly IReadOnlyList<IList<AtomicReaderContext>> slices;
    private readonly bool parallel;
    private readonly int exactCount;
    private readonly StoreOrder storeOrder;
    private readonly TermBlockMaxima? maxima;
    private readonly TermBlockMaxima? learned;
    private readonly ConcurrentDictionary<string, CollectionStatistics> fieldStatistics = new(StringComparer.Ordinal);

    /// <summary>What the queries' own tables may hold: about 400 queries' over 2.7 million records (kept exact, 4 bytes
    /// a block).</summary>
    public const long LearnedBudget = 32L << 20;

    /// <param name="exactCount">Hits collected in full before blocks are skipped, shared evenly among the slices.</param>
    /// <param name="skipBlocks">False collects every hit (what the skipping is checked against).</param>
    public SliceSearcher(IndexReader reader, int minParallelRecords = MinParallelRecords, int exactCount = SearchLimits.ExactCount, bool skipBlocks = true)
        : base(reader)
    {
        slices = Slices(reader.Leaves, Environment.ProcessorCount);
        parallel = slices.Count > 1 && reader.MaxDoc >= minParallelRecords;
        // the count is the search's, not each core's: a slice counts its share of it (an empty index has no slice)
        var shares = Math.Max(1, slices.Count);
        this.exactCount = exactCount / shares + (exactCount % shares == 0 ? 0 : 1);
        storeOrder = new StoreOrder(reader);
        maxima = skipBlocks && Similarity is TFIDFSimilarity tfidf ? new TermBlockMaxima(tfidf) : null;
        // apart from the terms' tables: a query's own is used only by that query, and kept among them it dropped the
        // tables of common phrases, which cost a full pass over the phrase to read again
        learned = maxima is null ? null : new TermBlockMaxima((TFIDFSimilarity)Similarity, LearnedBudget);
        Contexts = new TermContexts(TopReaderContext);
    }

    /// <summary>The terms' places in the segments' dictionaries, sought once per reader rather than per search.</summary>
    public TermContexts Contexts { get; }

    /// <summary>The query rewritten, its terms carrying their kept contexts.</summary>
    public override Query Rewrite(Query original) => base.Rewrite(Contexts.Attach(original));

    /// <summary>A field's statistics, kept for the reader's life: Lucene.Net builds a merged view of every segment's
    /// fields to compute them, for each term of each search.</summary>
    public override CollectionStatistics CollectionStatistics(string field) => fieldStatistics.GetOrAdd(field, base.CollectionStatistics);

    /// <summary>The first <paramref name="n"/> hits (with their scores), or with <paramref name="groupBy"/> the best hit
    /// of each of the first <paramref name="n"/> reports (and document records), and, when asked for, the reports and the
    /// filter values of the hits collected in full into <paramref name="reports"/> and <paramref name="facets"/>,
    /// in the same pass.</summary>
    public RankedHits Top(Query query, Filter? filter, int n, ReportCounter? reports, IReadOnlyList<FacetCounter>? facets = null, ReportOrdinals? groupBy = null)
    {
        var (weight, bounds) = Prepare(filter is null ? query : new FilteredQuery(query, filter));
        var tops = new RankedTop[slices.Count];
        var counted = new int[slices.Count];
        var scored = new int[slices.Count];
        var capped = new bool[slices.Count];
        var counters = new ReportCounter?[slices.Count];
        var facetCounters = new FacetCounter[slices.Count][];
        void Collect(int i)
        {
            counters[i] = reports?.Sibling();
            facetCounters[i] = [.. (facets ?? []).Select(f => f.Sibling())];
            var counting = new List<ICollector>();
            if (counters[i] is { } c) counting.Add(c);
            counting.AddRange(facetCounters[i]);
            var slice = new SliceCollection(tops[i] = new RankedTop(n, groupBy), counting.Count == 0 ? null : MultiCollector.Wrap([.. counting]), exactCount);
            foreach (var leaf in slices[i]) slice.Collect(leaf, weight, storeOrder.Of(leaf), bounds, learned);
            if (slice.Capped)
                foreach (var f in facetCounters[i]) f.Cap();
            (counted[i], capped[i], scored[i]) = (slice.Counted, slice.Capped, slice.Scored);
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
        return new RankedHits(RankedTop.Merge(tops, n), counted.Sum(), capped.Any(c => c), scored.Sum(), weight);
    }

    /// <summary>The normalized weight of a query, as IndexSearcher.CreateNormalizedWeight makes it, and its
    /// bounds, computed with the same query norm (null when it has none or blocks are not skipped).</summary>
    internal (Weight Weight, ScoreBounds? Bounds) Prepare(Query query)
    {
        var rewritten = Rewrite(query);
        var weight = rewritten.CreateWeight(this);
        var norm = Similarity.QueryNorm(weight.GetValueForNormalization());
        if (float.IsInfinity(norm) || float.IsNaN(norm)) norm = 1f;
        weight.Normalize(norm, 1f);
        return (weight, maxima is null ? null : ScoreBounds.For(query, rewritten, norm, this, maxima));
    }

    /// <summary>One slice's pass: its first hits collected in full and counted, the rest block by block.</summary>
    private sealed class SliceCollection(RankedTop top, ICollector? counting, int exactCount)
    {
        public int Counted { get; private set; }

        /// <summary>Hits scored: those of blocks that could not be skipped, counted or not.</summary>
        public int Scored { get; private set; }

        /// <summary>The slice has more hits than it counted.</summary>
        public bool Capped { get; private set; }

        /// <summary>Collects the segment's hits; with <paramref name="maxima"/>, learns what it saw of each block for
        /// the next search of the query, in a segment where it went past its counted hits (elsewhere the next search
        /// counts every hit again and skips nothing) and either read more than one in <see cref="LearnShare"/> of the
        /// blocks past them or has bounds of <see cref="CostlyParts"/> parts or more: where its bounds were tight and
        /// cheap, a table of its own would change nothing.</summary>
        public void Collect(AtomicReaderContext leaf, Weight weight, StoreOrder.Segment orders, ScoreBounds? bounds, TermBlockMaxima? maxima)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) return;
            var learned = maxima?.Learned(leaf, weight.Query);
            var length = TermBlockMaxima.Blocks(leaf.AtomicReader.MaxDoc);
            var seen = maxima is not null && learned is null ? ArrayPool<float>.Shared.Rent(length) : null;
            if (seen is not null) Array.Clear(seen, 0, length);
            try
            {
                var read = Collect(leaf, scorer, orders, bounds, learned, seen);
                if (seen is not null && read >= 0 && (read * LearnShare > length || bounds?.Parts >= CostlyParts)) maxima!.Learn(leaf, weight.Query, seen.AsSpan(0, length));
            }
            finally
            {
                if (seen is not null) ArrayPool<float>.Shared.Return(seen);
            }
        }

        /// <summary>Past this share of its counted hits a slice consults the blocks' bounds before scoring a counted hit:
        /// a query with fewer hits would have its bounds built for nothing (a phrase's cost a pass over its positions),
        /// one with more is mostly going past its count, where they are built anyway.</summary>
        private const int BoundedCountShare = 4;

        /// <summary>A segment is learnt when more than one in this many of its blocks were read past the counted hits.</summary>
        private const int LearnShare = 8;

        /// <summary>A bound of this many parts is learnt however tight: each block's bound sums them all (a symbol query
        /// names up to 20 documents, two clauses each, and summing them block by block was an eighth of its search),
        /// where a learnt table is one lookup.</summary>
        private const int CostlyParts = 8;

        /// <summary>Collects the segment's hits into the top, noting in <paramref name="seen"/> each block's best score
        /// or the bound it was skipped on; how many blocks it read past the counted hits (-1 when it counted them all).</summary>
        private int Collect(AtomicReaderContext leaf, Scorer scorer, StoreOrder.Segment orders, ScoreBounds? bounds, MaximaTable? learned, float[]? seen)
        {
            counting?.SetNextReader(leaf);
            counting?.SetScorer(scorer);
            int read = -1, lastRead = -1, lastChecked = -1;
            var keepable = true;
            LeafBounds? blocks = null;
            var doc = scorer.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var block = doc >> TermBlockMaxima.BlockShift;
                float score;
                if (Counted < exactCount)
                {
                    Counted++;
                    // counted all the same, but not scored where the block's bound says no hit of it could be kept
                    if (bounds is not null && top.Full && Counted > exactCount / BoundedCountShare)
                    {
                        blocks ??= bounds.Blocks(leaf, learned);
                        if (block != lastChecked) (lastChecked, keepable) = (block, blocks.CanKeep(block, top, orders.BlockMin(block)));
                        if (!keepable)
                        {
                            if (seen is not null) TermBlockMaxima.Raise(seen, doc, blocks[block]);
                            counting?.Collect(doc);
                            doc = scorer.NextDoc();
                            continue;
                        }
                    }
                    Scored++;
                    top.Offer(doc, score = scorer.GetScore(), orders, leaf.DocBase, leaf.Ord);
                    if (seen is not null) TermBlockMaxima.Raise(seen, doc, score);
                    counting?.Collect(doc);
                    doc = scorer.NextDoc();
                    continue;
                }
                Capped = true;
                if (read < 0) read = 0;
                blocks ??= bounds?.Blocks(leaf, learned) ?? (learned is null ? null : new LeafBounds(learned));
                if (blocks is not null && !blocks.CanKeep(block, top, orders.BlockMin(block)))
                {
                    do
                    {
                        if (seen is not null) TermBlockMaxima.Raise(seen, block << TermBlockMaxima.BlockShift, blocks[block]);
                        block++;
                    }
                    while (block < blocks.Length && !blocks.CanKeep(block, top, orders.BlockMin(block)));
                    if (block >= blocks.Length) return read;
                    doc = scorer.Advance(block << TermBlockMaxima.BlockShift);
                    continue;
                }
                Scored++;
                if (block != lastRead) (read, lastRead) = (read + 1, block);
                top.Offer(doc, score = scorer.GetScore(), orders, leaf.DocBase, leaf.Ord);
                if (seen is not null) TermBlockMaxima.Raise(seen, doc, score);
                doc = scorer.NextDoc();
            }
            return read;
        }
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

/// <summary>The top hits of a search, best first; how many hits were counted (all of them unless Capped, when
/// the first <see cref="SearchLimits.ExactCount"/> were) and how many were scored; the weight the search ran with,
/// for a second pass over some of its hits.</summary>
internal sealed record RankedHits(ScoreDoc[] Docs, int Counted, bool Capped, int Scored, Weight Weight);
