using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>A run of text that mentions are read from: a paragraph, a footnote, or one table cell.</summary>
internal sealed record TextUnit(MappedText Text, int Block, int? Cell, bool InFootnote, bool InTable)
{
    /// <summary>Split on first use: most units mention nothing and are never split.</summary>
    private readonly Lazy<(IReadOnlyList<Segment> Segments, IReadOnlyList<Segment> Sentences)> split = new(() => SegmentSplitter.SplitBoth(Text.Text));

    /// <summary>Sentences and ;-separated items: where a cue between two citations is read.</summary>
    public IReadOnlyList<Segment> Segments => split.Value.Segments;

    /// <summary>Whole sentences, across semicolons: what a lead-in governs.</summary>
    public IReadOnlyList<Segment> Sentences => split.Value.Sentences;

    public Segment SegmentAt(int offset) => Segments.Count == 0 ? new Segment(0, Text.Length) : Segments[SegmentIndexAt(offset)];

    /// <summary>The sentence holding <paramref name="offset"/>.</summary>
    public Segment SentenceAt(int offset) => Sentences.Count == 0 ? new Segment(0, Text.Length) : Sentences[IndexAt(Sentences, offset)];

    /// <summary>The segment holding <paramref name="offset"/>, or the last one starting before it.</summary>
    public int SegmentIndexAt(int offset) => IndexAt(Segments, offset);

    private static int IndexAt(IReadOnlyList<Segment> segments, int offset)
    {
        int lo = 0, hi = segments.Count - 1, best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (segments[mid].Start <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best;
    }
}
