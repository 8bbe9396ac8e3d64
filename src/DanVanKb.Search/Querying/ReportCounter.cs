using System.Buffers;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over every hit of a search, the passages of each report and the document records: what
/// grouping the hits by report needs ("3 đoạn khác trong báo cáo này", how many entries there are). Counts
/// segment ordinals, then adds each segment's counts to the reports' index-wide numbers
/// (<see cref="ReportOrdinals"/>); both arrays are borrowed from the shared pool and given back on Dispose.</summary>
internal sealed class ReportCounter : ICollector, IDisposable
{
    private readonly ReportOrdinals reports;
    private int[] counts;
    private SortedDocValues? values;
    private int leaf;
    private int[] segmentCounts = [];

    public ReportCounter(ReportOrdinals reports)
    {
        this.reports = reports;
        counts = Borrow(reports.Count);
    }

    /// <summary>Hits that are not a report's passage: document records.</summary>
    public int Documents { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>A counter over the same reports, for a slice of the segments searched apart.</summary>
    public ReportCounter Sibling() => new(reports);

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        leaf = context.Ord;
        values = reports.Segment(leaf);
        segmentCounts = Borrow(values.ValueCount);
    }

    public void Collect(int doc)
    {
        var ord = values!.GetOrd(doc);
        if (ord < 0) Documents++;
        else segmentCounts[ord]++;
    }

    /// <summary>Adds what another counter counted (a slice of the segments searched apart).</summary>
    public void Add(ReportCounter other)
    {
        other.Flush();
        Documents += other.Documents;
        for (var r = 0; r < reports.Count; r++) counts[r] += other.counts[r];
    }

    /// <summary>How many reports had a hit.</summary>
    public int Reports
    {
        get
        {
            Flush();
            return reports.Count - counts.AsSpan(0, reports.Count).Count(0);
        }
    }

    /// <summary>The passages matched in the report a hit (a top-level doc id) belongs to; 0 for a document record.</summary>
    public int InReportOf(int doc)
    {
        Flush();
        return reports.Of(doc) is var r and >= 0 ? counts[r] : 0;
    }

    /// <summary>Passages matched per report, by name.</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        Flush();
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < reports.Count; r++)
            if (counts[r] > 0) named[reports.Name(r)] = counts[r];
        return named;
    }

    private void Flush()
    {
        if (values is null) return;
        for (var ord = 0; ord < values.ValueCount; ord++)
            if (segmentCounts[ord] > 0) counts[reports.Global(leaf, ord)] += segmentCounts[ord];
        Return(segmentCounts);
        (values, segmentCounts) = (null, []);
    }

    private static int[] Borrow(int length)
    {
        var array = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private static void Return(int[] array)
    {
        if (array.Length > 0) ArrayPool<int>.Shared.Return(array);
    }

    public void Dispose()
    {
        Flush();
        Return(counts);
        counts = [];
    }
}
