using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>A run of text that mentions are read from: a paragraph, a footnote, or one table cell.</summary>
internal sealed record TextUnit(MappedText Text, int Block, int? Cell, bool InFootnote, bool InTable)
{
    public IReadOnlyList<Segment> Segments { get; } = SegmentSplitter.Split(Text.Text);

    public Segment SegmentAt(int offset) =>
        Segments.FirstOrDefault(s => offset >= s.Start && offset < s.End) ?? new Segment(0, Text.Length);

    public int SegmentIndexAt(int offset)
    {
        for (var i = 0; i < Segments.Count; i++)
            if (offset >= Segments[i].Start && offset < Segments[i].End) return i;
        return 0;
    }
}
