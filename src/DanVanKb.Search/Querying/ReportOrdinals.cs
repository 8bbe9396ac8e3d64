using System.Collections.Concurrent;

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Every report of an index numbered once (Lucene's OrdinalMap over each segment's report terms), so
/// a search counts the passages of each report in an array of ints, never turning a report's name into a
/// string: counting by name cost a dictionary and a string per report and segment for every common word, the
/// site's largest allocation under load.</summary>
internal sealed class ReportOrdinals
{
    private readonly IList<AtomicReaderContext> leaves;
    private readonly SortedDocValues[] terms;
    private readonly MultiDocValues.OrdinalMap map;
    private readonly Lazy<ReportRuns>[] runs;
    private readonly ConcurrentBag<int[]>[] zeroed;

    public ReportOrdinals(IndexReader reader)
    {
        leaves = reader.Leaves;
        terms = [.. leaves.Select(l => FieldCache.DEFAULT.GetTermsIndex(l.AtomicReader, SearchFields.Source))];
        map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, [.. terms.Select(t => t.GetTermsEnum())]);
        runs = [.. leaves.Select(l => new Lazy<ReportRuns>(() => new ReportRuns(this, l.Ord, l.AtomicReader.MaxDoc)))];
        zeroed = [.. leaves.Select(_ => new ConcurrentBag<int[]>())];
    }

    /// <summary>An array of one int per report of the segment at <paramref name="leaf"/>, every one 0: one given back
    /// before, or a new one. As many are kept as searches counted at once.</summary>
    public int[] Lend(int leaf) => zeroed[leaf].TryTake(out var counts) ? counts : new int[terms[leaf].ValueCount];

    /// <summary>Takes back an array <see cref="Lend"/> gave, which the borrower has zeroed again.</summary>
    public void GiveBack(int leaf, int[] counts) => zeroed[leaf].Add(counts);

    /// <summary>Where each report's passages stand in the segment at <paramref name="leaf"/>, read at first use.</summary>
    public ReportRuns Runs(int leaf) => runs[leaf].Value;

    /// <summary>How many reports the index holds passages of.</summary>
    public int Count => checked((int)map.ValueCount);

    /// <summary>The report terms of one segment (by its place among the index's leaves).</summary>
    public SortedDocValues Segment(int leaf) => terms[leaf];

    public int Global(int leaf, int segmentOrd) => (int)map.GetGlobalOrd(leaf, segmentOrd);

    /// <summary>The number of the report a hit (a top-level doc id) is a passage of; -1 for a document record.</summary>
    public int Of(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, leaves);
        return Of(leaf, doc - leaves[leaf].DocBase);
    }

    /// <summary>The same for a record of the segment at <paramref name="leaf"/>, by its id there.</summary>
    public int Of(int leaf, int doc)
    {
        var ord = terms[leaf].GetOrd(doc);
        return ord < 0 ? -1 : Global(leaf, ord);
    }

    public string Name(int report)
    {
        var bytes = new BytesRef();
        terms[map.GetFirstSegmentNumber(report)].LookupOrd((int)map.GetFirstSegmentOrd(report), bytes);
        return bytes.Utf8ToString();
    }
}
