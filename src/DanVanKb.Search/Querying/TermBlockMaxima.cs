using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DanVanKb.Search.Querying;

/// <summary>For a term of one segment, the highest tf × length norm of its postings in each block of
/// 2^<see cref="BlockShift"/> records: the part of a TF-IDF score that varies by record, so a block's best score
/// for the term is bounded without reading its postings (Lucene 8's block-max "impacts", which 4.8 lacks). A
/// term's table is read from its postings on its first search and kept for the life of the index reader, as
/// Lucene's field cache is, within a budget of bytes: the least recently used are dropped beyond it. A query's own
/// maxima, learnt from its searches, are kept the same way (<see cref="Learned"/>).</summary>
internal sealed class TermBlockMaxima(TFIDFSimilarity similarity, long budgetBytes = TermBlockMaxima.DefaultBudget)
{
    public const int BlockShift = 7;

    /// <summary>About 1,600 terms' or phrases' tables over 2.7 million records (42 KB each, its segments' together).</summary>
    public const long DefaultBudget = 64L << 20;

    private readonly ConcurrentDictionary<(object Segment, object Key), Table> tables = new();
    private readonly Lock evicting = new();
    private long bytes;
    private long clock;

    private sealed class Table(MaximaTable? maxima)
    {
        public MaximaTable? Maxima { get; } = maxima;

        /// <summary>What the table holds; a term absent from the segment is counted as a small entry.</summary>
        public long Bytes => Maxima?.Bytes ?? 64;

        public long LastUse;
    }

    /// <summary>How many blocks a segment of <paramref name="maxDoc"/> records has.</summary>
    public static int Blocks(int maxDoc) => (maxDoc >> BlockShift) + 1;

    /// <summary>The term's maxima in the segment (zero in a block where it has no posting), over the records
    /// that also hold <paramref name="within"/> when it is given: the folded word's part of the score of the records
    /// that hold its accented form, which is what a record matching both a query's folded and exact sides scores.
    /// With <paramref name="filter"/>, over the records holding every one of its terms too (a search's filters:
    /// a block's best record overall bounded a filtered search so loosely that few blocks were skipped).
    /// Null when the segment has no posting of the term (or of a term it must hold with it): no table is kept
    /// for it beyond a marker, as a document's id, named by a symbol query, is in one segment of many.</summary>
    public MaximaTable? Of(AtomicReaderContext leaf, Term term, Term? within = null, IReadOnlyList<Term>? filter = null) =>
        Cached(leaf, (term, within, Key(filter)), () =>
        {
            var reader = leaf.AtomicReader;
            if (Postings(reader, term, DocsFlags.FREQS) is not { } docs) return null;
            if (AllOf(reader, within is null ? filter : [within, .. filter ?? []]) is not { } others) return null;
            var norms = reader.GetNormValues(term.Field);
            return MaximaTable.Read(1, Blocks(reader.MaxDoc), m => ForEach(docs, others, doc => Raise(m[0], doc, Value(norms, docs.Freq, doc))))[0];
        });

    /// <summary>The exact phrase's maxima in the segment: the highest tf of its frequency × norm of each block,
    /// read with Lucene's phrase scorer over every record of the segment on the phrase's first search there, then
    /// kept like a term's table. The least of its words' maxima bounded a common phrase so loosely ("công tác dân
    /// vận": every word in every block) that a third of its hits were scored.</summary>
    /// <remarks>With <paramref name="within"/> (the same phrase with other accents, word for word) and
    /// <paramref name="filter"/>, over the records that also hold them, as <see cref="Of"/>. A phrase asked for
    /// within its other form is read in one pass with it, which keeps the three tables a query of both forms asks
    /// for: each form over the records holding both, and this one over all (so a phrase's first search costs
    /// about what it did without a bound, not three passes more).</remarks>
    public MaximaTable? OfPhrase(AtomicReaderContext leaf, Term[] words, int[] positions, Term[]? within = null, IReadOnlyList<Term>? filter = null)
    {
        var key = PhraseKey(words, within, positions, filter);
        if (within is not null && !tables.ContainsKey((leaf.AtomicReader.CoreCacheKey, key))) ReadPair(leaf, words, within, positions, filter);
        return Cached(leaf, key, () => ReadPhrase(leaf.AtomicReader, words, within, positions, filter));
    }

    /// <summary>The query's own maxima in the segment, learnt from an earlier search of it, or null: each block's best
    /// score, or the bound the block was skipped on. A query of common words the tables bound loosely (each word's
    /// best record in every block, never the same one) reads most of its blocks on its first search, but few on the
    /// next (the site's page and its API asking for the same words, the next page, a reader coming back).</summary>
    public MaximaTable? Learned(AtomicReaderContext leaf, Query query)
    {
        if (!tables.TryGetValue((leaf.AtomicReader.CoreCacheKey, new LearnedKey(query)), out var table)) return null;
        table.LastUse = Interlocked.Increment(ref clock);
        return table.Maxima;
    }

    /// <summary>Keeps what a search of the query saw in the segment, for <see cref="Learned"/>.</summary>
    public void Learn(AtomicReaderContext leaf, Query query, ReadOnlySpan<float> maxima) =>
        Keep((leaf.AtomicReader.CoreCacheKey, new LearnedKey(query)), MaximaTable.Exact(maxima)).LastUse = Interlocked.Increment(ref clock);

    /// <summary>A query as the key of its learnt table (Lucene's queries compare by their terms, boosts and clauses).</summary>
    private sealed record LearnedKey(Query Query);

    private static object PhraseKey(Term[] words, Term[]? within, int[] positions, IReadOnlyList<Term>? filter) =>
        (Key(words, positions), within is null ? null : Key(within, positions), Key(filter));

    private static string Key(Term[] words, int[] positions) =>
        words[0].Field + ":" + string.Join(' ', words.Zip(positions, (w, p) => $"{p}:{w.Text}"));

    private static string? Key(IReadOnlyList<Term>? filter) => filter is null or [] ? null : string.Join('\u0001', filter);

    private MaximaTable? Cached(AtomicReaderContext leaf, object what, Func<MaximaTable?> read)
    {
        var key = (leaf.AtomicReader.CoreCacheKey, what);
        if (!tables.TryGetValue(key, out var table)) table = Keep(key, read());
        table.LastUse = Interlocked.Increment(ref clock);
        return table.Maxima;
    }

    private Table Keep((object, object) key, MaximaTable? maxima)
    {
        var made = new Table(maxima);
        var table = tables.GetOrAdd(key, made);
        // two searches may read the same term at once: the one whose table was kept counts its bytes
        if (ReferenceEquals(table, made) && Interlocked.Add(ref bytes, made.Bytes) > budgetBytes) Evict();
        return table;
    }

    private MaximaTable? ReadPhrase(AtomicReader reader, Term[] words, Term[]? within, int[] positions, IReadOnlyList<Term>? filter)
    {
        if (PhraseScorer(reader, words, positions) is not { } scorer) return null;
        if (AllOf(reader, filter) is not { } others) return null;
        if (within is not null)
        {
            if (PhraseScorer(reader, within, positions) is not { } other) return null;
            others.Add(other);
        }
        var norms = reader.GetNormValues(words[0].Field);
        return MaximaTable.Read(1, Blocks(reader.MaxDoc), m => ForEach(scorer, others, doc => Raise(m[0], doc, Value(norms, scorer.Freq, doc))))[0];
    }

    /// <summary>Reads and keeps, in one pass over phrase <paramref name="a"/>'s records, its maxima over all of them
    /// and over those holding <paramref name="b"/>, and <paramref name="b"/>'s over those holding both.</summary>
    private void ReadPair(AtomicReaderContext leaf, Term[] a, Term[] b, int[] positions, IReadOnlyList<Term>? filter)
    {
        var reader = leaf.AtomicReader;
        var segment = leaf.AtomicReader.CoreCacheKey;
        MaximaTable? all = null, aWithin = null, bWithin = null;
        if (PhraseScorer(reader, a, positions) is { } sa && AllOf(reader, filter) is { } others)
        {
            var sb = PhraseScorer(reader, b, positions);
            var (aNorms, bNorms) = (reader.GetNormValues(a[0].Field), reader.GetNormValues(b[0].Field));
            var read = MaximaTable.Read(sb is null ? 1 : 3, Blocks(reader.MaxDoc), m => ForEach(sa, others, doc =>
            {
                var value = Value(aNorms, sa.Freq, doc);
                Raise(m[0], doc, value);
                if (sb is null || sb.DocID == DocIdSetIterator.NO_MORE_DOCS) return;
                if ((sb.DocID < doc ? sb.Advance(doc) : sb.DocID) != doc) return;
                Raise(m[1], doc, value);
                Raise(m[2], doc, Value(bNorms, sb.Freq, doc));
            }));
            all = read[0];
            (aWithin, bWithin) = sb is null ? (null, null) : (read[1], read[2]);
        }
        Keep((segment, PhraseKey(a, null, positions, filter)), all);
        Keep((segment, PhraseKey(a, b, positions, filter)), aWithin);
        Keep((segment, PhraseKey(b, a, positions, filter)), bWithin);
    }

    private Scorer? PhraseScorer(AtomicReader reader, Term[] words, int[] positions)
    {
        var phrase = new PhraseQuery();
        for (var i = 0; i < words.Length; i++) phrase.Add(words[i], positions[i]);
        var segment = new IndexSearcher(reader) { Similarity = similarity };
        return segment.CreateNormalizedWeight(phrase).GetScorer(reader.AtomicContext, acceptDocs: null);
    }

    /// <summary>The postings of every term, or null when one has none in the segment.</summary>
    private static List<DocIdSetIterator>? AllOf(AtomicReader reader, IReadOnlyList<Term>? terms)
    {
        var all = new List<DocIdSetIterator>();
        foreach (var term in terms ?? [])
        {
            if (Postings(reader, term, DocsFlags.NONE) is not { } docs) return null;
            all.Add(docs);
        }
        return all;
    }

    /// <summary>Visits the records of <paramref name="lead"/> that every one of <paramref name="others"/> holds,
    /// deleted records included: a table outlives the reader's deletions, and a bound over more records is still a
    /// bound.</summary>
    private static void ForEach(DocIdSetIterator lead, List<DocIdSetIterator> others, Action<int> visit)
    {
        var doc = lead.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var target = doc;
            foreach (var other in others)
            {
                var at = other.DocID < target ? other.Advance(target) : other.DocID;
                if (at != target)
                {
                    target = at;
                    break;
                }
            }
            if (target == DocIdSetIterator.NO_MORE_DOCS) return;
            if (target != doc)
            {
                doc = lead.Advance(target);
                continue;
            }
            visit(doc);
            doc = lead.NextDoc();
        }
    }

    /// <summary>The part of a TF-IDF score that varies by record: tf × length norm.</summary>
    private float Value(NumericDocValues? norms, int freq, int doc) =>
        similarity.Tf(freq) * (norms is null ? 1f : similarity.DecodeNormValue(norms.Get(doc)));

    /// <summary>Raises the maximum of the block of record <paramref name="doc"/> to <paramref name="value"/>.</summary>
    internal static void Raise(float[] maxima, int doc, float value)
    {
        ref var max = ref maxima[doc >> BlockShift];
        if (value > max) max = value;
    }

    private static DocsEnum? Postings(AtomicReader reader, Term term, DocsFlags flags)
    {
        var terms = reader.GetTerms(term.Field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(term.Bytes) ? terms.Docs(null, null, flags) : null;
    }

    /// <summary>Drops the least recently used tables until a quarter of the budget is free.</summary>
    private void Evict()
    {
        lock (evicting)
        {
            if (Interlocked.Read(ref bytes) <= budgetBytes) return;
            // ConcurrentDictionary.ToArray is a snapshot; LINQ over it copies with CopyTo, which throws when
            // another search adds a table meanwhile (a 500 under 16 clients)
            foreach (var (key, table) in tables.ToArray().OrderBy(kv => kv.Value.LastUse))
            {
                if (Interlocked.Read(ref bytes) <= budgetBytes * 3 / 4) return;
                if (tables.TryRemove(key, out _)) Interlocked.Add(ref bytes, -table.Bytes);
            }
        }
    }

    public long Bytes => Interlocked.Read(ref bytes);
}
