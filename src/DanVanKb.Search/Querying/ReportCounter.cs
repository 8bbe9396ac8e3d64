using System.Runtime.InteropServices;

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over every hit of a search, the passages of each report and the document records: what
/// grouping the hits by report needs ("3 đoạn khác trong báo cáo này", how many entries there are). Counts each
/// segment's ordinals in an array lent zeroed by <see cref="ReportOrdinals"/>, noting the ordinals it touches, and
/// adds only those to the reports' index-wide numbers, zeroing them as it gives the array back: the work grows with
/// the hits, not with the archive (an array of every report cleared, flushed and merged for each counter was
/// 60,000 ints a search at 20,000 reports).</summary>
internal sealed class ReportCounter(ReportOrdinals reports) : ICollector, IDisposable
{
    private readonly Dictionary<int, int> counts = [];
    private readonly List<int> touched = [];
    private SortedDocValues? values;
    private int[]? segmentCounts;
    private int leaf;

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
        segmentCounts = reports.Lend(leaf);
    }

    public void Collect(int doc)
    {
        var ord = values!.GetOrd(doc);
        if (ord < 0) Documents++;
        else if (segmentCounts![ord]++ == 0) touched.Add(ord);
    }

    /// <summary>Adds what another counter counted (a slice of the segments searched apart).</summary>
    public void Add(ReportCounter other)
    {
        other.Flush();
        Documents += other.Documents;
        foreach (var (report, n) in other.counts) CollectionsMarshal.GetValueRefOrAddDefault(counts, report, out _) += n;
    }

    /// <summary>How many reports had a hit.</summary>
    public int Reports
    {
        get
        {
            Flush();
            return counts.Count;
        }
    }

    /// <summary>The passages matched in the report a hit (a top-level doc id) belongs to; 0 for a document record.</summary>
    public int InReportOf(int doc)
    {
        Flush();
        return reports.Of(doc) is var r and >= 0 ? counts.GetValueOrDefault(r) : 0;
    }

    /// <summary>Passages matched per report, by name.</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        Flush();
        return counts.ToDictionary(kv => reports.Name(kv.Key), kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>Adds the segment's touched ordinals to the index-wide counts and gives its array back zeroed.</summary>
    private void Flush()
    {
        if (segmentCounts is null) return;
        foreach (var ord in touched)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, reports.Global(leaf, ord), out _) += segmentCounts[ord];
            segmentCounts[ord] = 0;
        }
        touched.Clear();
        reports.GiveBack(leaf, segmentCounts);
        (values, segmentCounts) = (null, null);
    }

    public void Dispose() => Flush();
}
