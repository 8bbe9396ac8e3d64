using Lucene.Net.Index;

namespace DanVanKb.Search.Querying;

/// <summary>Where each report's passages stand in one segment: the first and last doc id of the run they fill (a
/// report's passages are added one after another, so the run holds little else), found by reading the segment's
/// report numbers once. Which segment ordinal a report has is found by binary search, the index-wide numbers
/// (<see cref="ReportOrdinals"/>) rising with the segment's own.</summary>
internal sealed class ReportRuns
{
    private readonly int[] globals;
    private readonly int[] first;
    private readonly int[] last;

    public ReportRuns(ReportOrdinals ordinals, int leaf, int maxDoc)
    {
        var values = ordinals.Segment(leaf);
        var count = values.ValueCount;
        globals = new int[count];
        for (var ord = 0; ord < count; ord++) globals[ord] = ordinals.Global(leaf, ord);
        first = new int[count];
        last = new int[count];
        Array.Fill(first, -1);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var ord = values.GetOrd(doc);
            if (ord < 0) continue;
            if (first[ord] < 0) first[ord] = doc;
            last[ord] = doc;
        }
        var byStart = Enumerable.Range(0, count).Where(o => first[o] >= 0).OrderBy(o => first[o]).ToArray();
        Tight = byStart.Skip(1).Select((o, i) => first[o] > last[byStart[i]]).All(apart => apart);
    }

    /// <summary>Whether no two reports' runs overlap: false in a segment written before reports were added as blocks,
    /// where one report's run can span most of the segment.</summary>
    public bool Tight { get; }

    /// <summary>The segment's ordinal for the report numbered <paramref name="report"/> index-wide, or -1 when the
    /// segment holds none of its passages.</summary>
    public int SegmentOrd(int report) => Array.BinarySearch(globals, report) is var at and >= 0 ? at : -1;

    /// <summary>The first and last doc id of a report's passages in the segment, by its segment ordinal.</summary>
    public (int First, int Last) Run(int segmentOrd) => (first[segmentOrd], last[segmentOrd]);
}
