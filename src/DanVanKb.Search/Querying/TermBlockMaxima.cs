using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DanVanKb.Search.Querying;

/// <summary>For a term of one segment, the highest tf × length norm of its postings in each block of
/// 2^<see cref="BlockShift"/> records: the part of a TF-IDF score that varies by record, so a block's best score
/// for the term is bounded without reading its postings (Lucene 8's block-max "impacts", which 4.8 lacks). A
/// term's table is read from its postings on its first search and kept for the life of the index reader, as
/// Lucene's field cache is, within a budget of bytes: the least recently used are dropped beyond it.</summary>
internal sealed class TermBlockMaxima(TFIDFSimilarity similarity, long budgetBytes = TermBlockMaxima.DefaultBudget)
{
    public const int BlockShift = 7;

    /// <summary>About 3,000 terms' tables at 2.7 million records (10 KB each).</summary>
    public const long DefaultBudget = 32L << 20;

    private readonly ConcurrentDictionary<(object Segment, object Key), Table> tables = new();
    private readonly Lock evicting = new();
    private long bytes;
    private long clock;

    private sealed class Table(float[]? maxima)
    {
        public float[]? Maxima { get; } = maxima;

        /// <summary>What the table holds; a term absent from the segment is counted as a small entry.</summary>
        public long Bytes => Maxima is null ? 64 : 4L * Maxima.Length;

        public long LastUse;
    }

    /// <summary>How many blocks a segment of <paramref name="maxDoc"/> records has.</summary>
    public static int Blocks(int maxDoc) => (maxDoc >> BlockShift) + 1;

    /// <summary>The term's maxima in the segment (zero in a block where it has no posting), over the records
    /// that also hold <paramref name="within"/> when it is given: the folded word's part of the score of the records
    /// that hold its accented form, which is what a record matching both a query's folded and exact sides scores.
    /// Null when the segment has no posting of the term (or of <paramref name="within"/>): no table is kept for
    /// it beyond a marker, as a document's id, named by a symbol query, is in one segment of many.</summary>
    public float[]? Of(AtomicReaderContext leaf, Term term, Term? within = null) =>
        Cached(leaf, (term, within), () => Read(leaf.AtomicReader, term, within, similarity));

    /// <summary>The exact phrase's maxima in the segment: the highest tf of its frequency × norm of each block,
    /// read with Lucene's phrase scorer over every record of the segment on the phrase's first search there (as
    /// slow as that search was without a bound), then kept like a term's table. The least of its words' maxima
    /// bounded a common phrase so loosely ("công tác dân vận": every word in every block) that a third of its
    /// hits were scored.</summary>
    /// <remarks>With <paramref name="within"/> (the same phrase with its accents, word for word), over the records
    /// that also hold that phrase, as <see cref="Of"/>.</remarks>
    public float[]? OfPhrase(AtomicReaderContext leaf, Term[] words, int[] positions, Term[]? within = null) =>
        Cached(leaf, new PhraseKey(Key(words, positions), within is null ? null : Key(within, positions)),
            () => ReadPhrase(leaf.AtomicReader, words, positions, within, similarity));

    private sealed record PhraseKey(string Words, string? Within);

    private static string Key(Term[] words, int[] positions) =>
        words[0].Field + ":" + string.Join(' ', words.Zip(positions, (w, p) => $"{p}:{w.Text}"));

    private float[]? Cached(AtomicReaderContext leaf, object what, Func<float[]?> read)
    {
        var key = (leaf.AtomicReader.CoreCacheKey, what);
        if (!tables.TryGetValue(key, out var table))
        {
            var made = new Table(read());
            table = tables.GetOrAdd(key, made);
            // two searches may read the same term at once: the one whose table was kept counts its bytes
            if (ReferenceEquals(table, made) && Interlocked.Add(ref bytes, made.Bytes) > budgetBytes) Evict();
        }
        table.LastUse = Interlocked.Increment(ref clock);
        return table.Maxima;
    }

    /// <summary>Reads the maxima from the postings, deleted records included: a table outlives the reader's
    /// deletions, and a bound over more records is still a bound.</summary>
    internal static float[]? Read(AtomicReader reader, Term term, Term? within, TFIDFSimilarity similarity)
    {
        if (Postings(reader, term, DocsFlags.FREQS) is not { } docs) return null;
        var filter = within is null ? docs : Postings(reader, within, DocsFlags.NONE);
        if (filter is null) return null;
        var maxima = new float[Blocks(reader.MaxDoc)];
        var norms = reader.GetNormValues(term.Field);
        for (var at = filter.NextDoc(); at != DocIdSetIterator.NO_MORE_DOCS; at = filter.NextDoc())
        {
            var doc = within is null ? at : docs.DocID < at ? docs.Advance(at) : docs.DocID;
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            if (doc != at) continue;
            var value = similarity.Tf(docs.Freq) * (norms is null ? 1f : similarity.DecodeNormValue(norms.Get(doc)));
            ref var max = ref maxima[doc >> BlockShift];
            if (value > max) max = value;
        }
        return maxima;
    }

    /// <summary>Reads a phrase's maxima with its scorer on the segment alone, deleted records included.</summary>
    internal static float[]? ReadPhrase(AtomicReader reader, Term[] words, int[] positions, Term[]? within, TFIDFSimilarity similarity)
    {
        var segment = new IndexSearcher(reader) { Similarity = similarity };
        Scorer? Scorer(Term[] terms)
        {
            var phrase = new PhraseQuery();
            for (var i = 0; i < terms.Length; i++) phrase.Add(terms[i], positions[i]);
            return segment.CreateNormalizedWeight(phrase).GetScorer(reader.AtomicContext, acceptDocs: null);
        }
        if (Scorer(words) is not { } scorer) return null;
        var filter = within is null ? scorer : Scorer(within);
        if (filter is null) return null;
        var maxima = new float[Blocks(reader.MaxDoc)];
        var norms = reader.GetNormValues(words[0].Field);
        for (var at = filter.NextDoc(); at != DocIdSetIterator.NO_MORE_DOCS; at = filter.NextDoc())
        {
            var doc = within is null ? at : scorer.DocID < at ? scorer.Advance(at) : scorer.DocID;
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            if (doc != at) continue;
            var value = similarity.Tf(scorer.Freq) * (norms is null ? 1f : similarity.DecodeNormValue(norms.Get(doc)));
            ref var max = ref maxima[doc >> BlockShift];
            if (value > max) max = value;
        }
        return maxima;
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
