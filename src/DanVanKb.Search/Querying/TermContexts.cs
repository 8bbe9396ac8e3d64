using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Each term's place in every segment's term dictionary (Lucene's TermContext), kept for the life of the
/// index reader within a budget of bytes. A search seeks each of its terms in every segment for its weight and
/// again for its bounds, and Lucene.Net's seek allocates its frames anew each time: a symbol query's 40 terms
/// made 5 MB of garbage per search, and the collections it caused were a third of the search's time.</summary>
internal sealed class TermContexts(IndexReaderContext top, long budgetBytes = TermContexts.DefaultBudget)
{
    /// <summary>About 20,000 terms' states over six segments.</summary>
    public const long DefaultBudget = 8L << 20;

    private readonly ConcurrentDictionary<Term, TermContext> contexts = new();
    private long bytes;

    public TermContext Of(Term term)
    {
        if (contexts.TryGetValue(term, out var known)) return known;
        var built = TermContext.Build(top, term);
        if (!contexts.TryAdd(term, built)) return contexts.TryGetValue(term, out known) ? known : built;
        // a term's states, its text and the dictionary's entry; over budget the whole table is dropped, which
        // costs one seek per term of the searches after it, as this table's absence would
        if (Interlocked.Add(ref bytes, 96L + 96L * top.Leaves.Count + term.Bytes.Length) > budgetBytes)
        {
            contexts.Clear();
            Interlocked.Exchange(ref bytes, 0);
        }
        return built;
    }

    /// <summary>The query with each of its term queries carrying its cached context, so its weight does not seek
    /// the term again; everything else as it was (a prefix's or fuzzy term's expansion brings its own contexts).</summary>
    public Query Attach(Query query)
    {
        switch (query)
        {
            case TermQuery t:
                return new TermQuery(t.Term, Of(t.Term)) { Boost = t.Boost };
            case BooleanQuery b:
                var copy = new BooleanQuery(b.CoordDisabled) { Boost = b.Boost, MinimumNumberShouldMatch = b.MinimumNumberShouldMatch };
                foreach (var c in b.Clauses) copy.Add(Attach(c.Query), c.Occur);
                return copy;
            case FilteredQuery f:
                return new FilteredQuery(Attach(f.Query), f.Filter, f.Strategy) { Boost = f.Boost };
            case ConstantScoreQuery { Query: TermQuery t } c:
                return new ConstantScoreQuery(Attach(t)) { Boost = c.Boost };
            default:
                return query;
        }
    }
}
