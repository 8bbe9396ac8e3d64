using DanVanKb.Search.Analysis;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DanVanKb.Search.Querying;

/// <summary>An upper bound of a query's TF-IDF score in each block of records of a segment, from its terms'
/// <see cref="TermBlockMaxima"/>: a term scores its weight × tf × norm, an exact phrase its weight × the tf of its
/// frequency × norm (the phrase's own table), a constant score (a prefix) its value, and one on a term (a symbol's
/// document) its value in the blocks where the term is; a boolean query at
/// most the best sum of m of its clauses' bounds times the coord of m. The tables are read over the records the
/// search's filter terms keep. The weights are computed as Lucene's
/// TF-IDF weights compute them, from the same statistics and query norm. Any other query (a sloppy phrase, a
/// fuzzy term whose statistics are blended) has no bound: it is collected in full.</summary>
/// <remarks>The query <see cref="TextQueryParser"/> makes, the words folded (required) and the same words with
/// their accents (optional), is bounded as two cases: a record holding the accented words scores at most both
/// sides with the folded words counted over records that hold the accented ones (<c>within</c>), and one that
/// does not at most the folded side times coord(1 of 2). Summed apart, a folded word's best record in a block
/// ("thực hiện" for "hiến") and the accented word's best made a bound no block fell under.</remarks>
internal sealed class ScoreBounds
{
    private readonly Node root;
    private readonly TermBlockMaxima maxima;

    /// <summary>Terms every record of the search holds (its filters), which the tables are read within.</summary>
    private readonly Term[] filter;

    private ScoreBounds(Node root, Term[] filter, TermBlockMaxima maxima) =>
        (this.root, this.filter, this.maxima, Parts) = (root, filter, maxima, CountParts(root));

    /// <summary>The relative margin of rounding between these bounds and Lucene's scores.</summary>
    public float Margin => ScoreRank.Margin(Parts);

    /// <summary>The scored parts (terms, phrases, constants) each block's bound adds up.</summary>
    public int Parts { get; }

    private static int CountParts(Node node) => node switch
    {
        SumNode s => s.Clauses.Sum(CountParts),
        AccentPairNode p => CountParts(p.Both) + CountParts(p.Folded),
        _ => 1,
    };

    /// <summary>A term's tf × norm, over the records that hold <paramref name="Within"/> when given.</summary>
    private sealed record Posting(Term Term, Term? Within = null);

    private abstract record Node;

    private sealed record TermNode(Posting Posting, float Weight) : Node;

    private sealed record PhraseNode(Posting[] Words, int[] Positions, float Weight) : Node;

    private sealed record SumNode(Node[] Clauses, bool AllRequired, float[] Coords) : Node;

    /// <summary>A constant score wherever a term is (a symbol query's document named or cited): its value in a block
    /// where the term has a posting, nothing elsewhere.</summary>
    private sealed record PresenceNode(Posting Posting, float Score) : Node;

    /// <summary>A constant score (a prefix): its value wherever it matches.</summary>
    private sealed record ConstantNode(float Score) : Node;

    /// <summary>The folded side and the accented side of <see cref="TextQueryParser"/>'s query.</summary>
    private sealed record AccentPairNode(Node Both, Node Folded, float CoordBoth, float CoordOne) : Node;

    /// <summary>The bounds of <paramref name="rewritten"/> (the query as <paramref name="original"/> rewrites on
    /// this searcher) normalized by <paramref name="queryNorm"/>, or null when it has none.</summary>
    public static ScoreBounds? For(Query original, Query rewritten, float queryNorm, SliceSearcher searcher, TermBlockMaxima maxima)
    {
        if (searcher.Similarity is not TFIDFSimilarity similarity || HasFuzzy(original)) return null;
        var root = new Builder(searcher, similarity, queryNorm).Build(rewritten, 1f);
        return root is null || !Positive(root) ? null : new ScoreBounds(root, [.. FilterTerms(rewritten)], maxima);
    }

    /// <summary>Every part scores above nothing wherever it matches: a block's sum counts a clause's coord only where
    /// its bound is above nothing, so a part boosted to nothing ("dân^0 vận") matched without being counted, and the
    /// bound fell below the score (0.55 for a record scoring 0.67).</summary>
    private static bool Positive(Node node) => node switch
    {
        TermNode t => t.Weight > 0,
        PhraseNode p => p.Weight > 0,
        ConstantNode c => c.Score > 0,
        PresenceNode p => p.Score > 0,
        SumNode s => s.Clauses.All(Positive),
        AccentPairNode p => Positive(p.Both) && Positive(p.Folded),
        _ => false,
    };

    /// <summary>The terms a search's filter requires (the page's filters: type, level, place, report).</summary>
    private static IEnumerable<Term> FilterTerms(Query q) => q is FilteredQuery { Filter: QueryWrapperFilter { Query: var f } }
        ? f switch
        {
            TermQuery t => [t.Term],
            BooleanQuery b => b.Clauses.Where(c => c.Occur == Occur.MUST && c.Query is TermQuery).Select(c => ((TermQuery)c.Query).Term),
            _ => [],
        }
        : [];

    /// <summary>A fuzzy query's terms are scored with a blended document frequency this bound does not see.</summary>
    private static bool HasFuzzy(Query q) => q switch
    {
        FuzzyQuery => true,
        BooleanQuery b => b.Clauses.Any(c => HasFuzzy(c.Query)),
        FilteredQuery f => HasFuzzy(f.Query),
        _ => false,
    };

    private sealed class Builder(SliceSearcher searcher, TFIDFSimilarity similarity, float queryNorm)
    {
        public Node? Build(Query q, float topBoost)
        {
            switch (q)
            {
                case TermQuery t:
                    return new TermNode(new Posting(t.Term), Weight(Idf(t.Term), t.Boost, topBoost));
                case PhraseQuery p when p.Slop == 0 && p.GetTerms().Length > 0:
                    return new PhraseNode([.. p.GetTerms().Select(t => new Posting(t))], p.GetPositions(), Weight(Idf(p.GetTerms()), p.Boost, topBoost));
                case BooleanQuery b:
                    var clauses = new List<Node>();
                    foreach (var c in b.Clauses.Where(c => !c.IsProhibited))
                    {
                        if (Build(c.Query, topBoost * b.Boost) is not { } node) return null;
                        clauses.Add(node);
                    }
                    var sum = new SumNode([.. clauses], b.Clauses.All(c => c.Occur == Occur.MUST), Coords(b, clauses.Count));
                    return AccentPair(b, sum) ?? sum;
                case FilteredQuery f:
                    return Build(f.Query, topBoost * f.Boost);
                case ConstantScoreQuery { Query: TermQuery t } c:
                    return new PresenceNode(new Posting(t.Term), Constant(c, topBoost));
                case ConstantScoreQuery c:
                    return new ConstantNode(Constant(c, topBoost));
                default:
                    return null;
            }
        }

        /// <summary>ConstantWeight's score: its boost times the query norm and the boosts above it.</summary>
        private float Constant(ConstantScoreQuery c, float topBoost)
        {
            var score = c.Boost;
            score *= queryNorm * topBoost;
            return score;
        }

        /// <summary>BooleanWeight's coord of m matching clauses of n: 1 when disabled or n is 1.</summary>
        private float[] Coords(BooleanQuery b, int n) =>
            [.. Enumerable.Range(0, n + 1).Select(m => b.CoordDisabled || n == 1 ? 1f : similarity.Coord(m, n))];

        private Node? AccentPair(BooleanQuery b, SumNode sum)
        {
            if (b.Clauses.Count != 2 || b.Clauses[0].Occur != Occur.MUST || b.Clauses[1].Occur != Occur.SHOULD) return null;
            var (folded, exact) = (sum.Clauses[0], sum.Clauses[1]);
            if (!IsConjunction(exact) || Within(folded, exact) is not { } foldedWithin) return null;
            return new AccentPairNode(new SumNode([foldedWithin, PhrasesWithin(exact, folded)], true, [0f, 1f, 1f]), folded, sum.Coords[2], sum.Coords[1]);
        }

        /// <summary>A record matching the node holds every one of its terms.</summary>
        private static bool IsConjunction(Node node) => node switch
        {
            TermNode or PhraseNode => true,
            SumNode s => s.AllRequired && s.Clauses.All(IsConjunction),
            _ => false,
        };

        /// <summary>The folded side with each word counted over the records holding the accented word at its
        /// place (the two sides come from the same words, so their shapes match), or null when they do not.</summary>
        private static Node? Within(Node folded, Node exact) => (folded, exact) switch
        {
            (TermNode f, TermNode e) when Folds(e.Posting.Term, f.Posting.Term) => f with { Posting = f.Posting with { Within = e.Posting.Term } },
            (PhraseNode f, PhraseNode e) when f.Positions.SequenceEqual(e.Positions) && f.Words.Zip(e.Words).All(w => Folds(w.Second.Term, w.First.Term)) =>
                f with { Words = [.. f.Words.Zip(e.Words, (w, x) => w with { Within = x.Term })] },
            (SumNode f, SumNode e) when f.Clauses.Length == e.Clauses.Length =>
                f.Clauses.Zip(e.Clauses, Within).ToArray() is var pairs && pairs.All(p => p is not null) ? f with { Clauses = pairs! } : null,
            _ => null,
        };

        /// <summary>The accented side's phrases counted over the records holding their folded form too (every
        /// record matching both sides does): the tables of both forms are then read in one pass.</summary>
        private static Node PhrasesWithin(Node exact, Node folded) => (exact, folded) switch
        {
            (PhraseNode e, PhraseNode f) => e with { Words = [.. e.Words.Zip(f.Words, (w, x) => w with { Within = x.Term })] },
            (SumNode e, SumNode f) => e with { Clauses = [.. e.Clauses.Zip(f.Clauses, PhrasesWithin)] },
            _ => exact,
        };

        private static bool Folds(Term exact, Term folded) => AccentFolding.Fold(exact.Text) == folded.Text;

        private float Idf(Term term) => similarity.IdfExplain(searcher.CollectionStatistics(term.Field), Statistics(term)).Value;

        private float Idf(Term[] terms) => similarity.IdfExplain(searcher.CollectionStatistics(terms[0].Field), [.. terms.Select(Statistics)]).Value;

        private TermStatistics Statistics(Term term) => searcher.TermStatistics(term, searcher.Contexts.Of(term));

        /// <summary>A term's or phrase's weight, in the steps of TF-IDF's IDFStats (value for normalization, then
        /// normalize), so it is the same float.</summary>
        private float Weight(float idf, float boost, float topBoost)
        {
            var queryWeight = idf * boost;
            queryWeight *= queryNorm * topBoost;
            return queryWeight * idf;
        }
    }

    /// <summary>The bounds of the segment's blocks, each computed when it is first asked for: a search reads
    /// them only past its first hits, block by block, and the tables behind them are shared, so no array the size
    /// of the segment is made per clause and search (one per clause and segment was, each above the large-object
    /// threshold at 20,000 reports).</summary>
    public LeafBounds Blocks(AtomicReaderContext leaf, MaximaTable? learned = null) => new(Compile(root, leaf), learned, TermBlockMaxima.Blocks(leaf.AtomicReader.MaxDoc), Margin);

    private Bound Compile(Node node, AtomicReaderContext leaf) => node switch
    {
        TermNode t => Table(leaf, t.Posting) is { } table ? new TermBound(table, t.Weight) : Bound.Zero,
        PhraseNode p => maxima.OfPhrase(leaf, [.. p.Words.Select(w => w.Term)], p.Positions, Within(p), filter) is { } table ? new TermBound(table, p.Weight) : Bound.Zero,
        ConstantNode c => new ConstantBound(c.Score),
        PresenceNode p => Table(leaf, p.Posting) is { } table ? new PresenceBound(table, p.Score) : Bound.Zero,
        AccentPairNode pair => new PairBound(Compile(pair.Both, leaf), Compile(pair.Folded, leaf), pair.CoordBoth, pair.CoordOne),
        // a clause that cannot score in this segment adds nothing to any block's sum
        SumNode sum => new SumBound([.. sum.Clauses.Select(c => Compile(c, leaf)).Where(b => b != Bound.Zero)], sum.Coords),
        _ => Bound.Zero,
    };

    private static Term[]? Within(PhraseNode p) => p.Words[0].Within is null ? null : [.. p.Words.Select(w => w.Within!)];

    private MaximaTable? Table(AtomicReaderContext leaf, Posting posting) => maxima.Of(leaf, posting.Term, posting.Within, filter);

    /// <summary>A node's bound in one block of one segment.</summary>
    internal abstract class Bound
    {
        /// <summary>A node none of whose records is in the segment.</summary>
        public static readonly Bound Zero = new ZeroBound();

        public abstract float At(int block);
    }

    private sealed class ZeroBound : Bound
    {
        public override float At(int block) => 0f;
    }

    private sealed class ConstantBound(float score) : Bound
    {
        public override float At(int block) => score;
    }

    private sealed class TermBound(MaximaTable table, float weight) : Bound
    {
        public override float At(int block) => weight * table[block];
    }

    private sealed class PresenceBound(MaximaTable table, float score) : Bound
    {
        public override float At(int block) => table[block] > 0 ? score : 0;
    }

    private sealed class PairBound(Bound both, Bound folded, float coordBoth, float coordOne) : Bound
    {
        public override float At(int block) => Math.Max(both.At(block) * coordBoth, folded.At(block) * coordOne);
    }

    /// <summary>A record matching m clauses scores at most the m best clause bounds times coord(m).</summary>
    private sealed class SumBound(Bound[] clauses, float[] coords) : Bound
    {
        /// <summary>Coord never falls as more clauses match (TF-IDF's m / n, or 1): the best is then every clause
        /// present in the block, with no sort (a symbol query's 40 clauses sorted in every block were 6% of it).</summary>
        private readonly bool rising = coords.Zip(coords.Skip(1)).All(p => p.First <= p.Second);

        /// <summary>The sort's scratch, made only when coord can fall.</summary>
        private float[]? values;

        public override float At(int block)
        {
            var n = 0;
            if (rising)
            {
                float sum = 0;
                foreach (var clause in clauses)
                    if (clause.At(block) is var v && v > 0) (sum, n) = (sum + v, n + 1);
                return sum * coords[n];
            }
            values ??= new float[clauses.Length];
            foreach (var clause in clauses)
                if (clause.At(block) is var v && v > 0) values[n++] = v;
            var present = values.AsSpan(0, n);
            present.Sort();
            float total = 0, best = 0;
            for (var m = 1; m <= n; m++)
            {
                total += present[n - m];
                best = Math.Max(best, total * coords[m]);
            }
            return best;
        }
    }
}

/// <summary>The score bounds of one segment's blocks, for one slice's pass (its sums keep a scratch buffer): the
/// query's bounds, or what an earlier search of it learnt, or the least of the two.</summary>
internal sealed class LeafBounds(ScoreBounds.Bound? root, MaximaTable? learned, int length, float margin)
{
    private int last = -1;
    private float lastBound;

    /// <summary>Bounds from what an earlier search learnt alone: the query has no bounds of its own.</summary>
    public LeafBounds(MaximaTable learned)
        : this(null, learned, learned.Count, ScoreRank.Margin(1))
    {
    }

    public int Length => length;

    public float Margin => margin;

    /// <summary>Whether the top could keep a record of the block: the learnt table is read first, and the query's own
    /// bounds only when it cannot tell.</summary>
    public bool CanKeep(int block, RankedTop top, long minOrder) =>
        (learned is null || top.CanKeep(learned[block], margin, minOrder)) && (root is null || top.CanKeep(this[block], margin, minOrder));

    /// <summary>The block's bound; asked for each hit of a block that is read, it is computed once.</summary>
    public float this[int block]
    {
        get
        {
            if (block != last) (last, lastBound) = (block, Math.Min(root?.At(block) ?? float.PositiveInfinity, learned?[block] ?? float.PositiveInfinity));
            return lastBound;
        }
    }
}
