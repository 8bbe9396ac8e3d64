using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Counts, over every hit of a search, the passages of each report and the document records: what
/// grouping the hits by report needs ("3 đoạn khác trong báo cáo này", how many entries there are). Reads
/// the report field's terms per segment through the field cache and counts ordinals, like FacetCounter.</summary>
internal sealed class ReportCounter : ICollector
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private SortedDocValues? values;
    private int[] segmentCounts = [];

    /// <summary>Hits that are not a report's passage: document records.</summary>
    public int Documents { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        values = FieldCache.DEFAULT.GetTermsIndex(context.AtomicReader, SearchFields.Source);
        segmentCounts = new int[values.ValueCount];
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
        Documents += other.Documents;
        foreach (var (report, count) in other.Counts()) counts[report] = counts.GetValueOrDefault(report) + count;
    }

    /// <summary>Passages matched per report.</summary>
    public IReadOnlyDictionary<string, int> Counts()
    {
        Flush();
        return counts;
    }

    private void Flush()
    {
        if (values is null) return;
        var bytes = new BytesRef();
        for (var ord = 0; ord < segmentCounts.Length; ord++)
        {
            if (segmentCounts[ord] == 0) continue;
            values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + segmentCounts[ord];
        }
        values = null;
        segmentCounts = [];
    }
}
