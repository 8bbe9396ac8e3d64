namespace DanVanKb.Core.Text;

/// <summary>Splits a block's text into sentences and ;-separated items, or into whole sentences.</summary>
public static class SegmentSplitter
{
    public static IReadOnlyList<Segment> Split(string text) => SplitBoth(text).Segments;

    /// <summary>Whole sentences: a lead-in governs its list across semicolons until the sentence ends.</summary>
    public static IReadOnlyList<Segment> Sentences(string text) => SplitBoth(text).Sentences;

    /// <summary>Both splits in one pass over the text.</summary>
    public static (IReadOnlyList<Segment> Segments, IReadOnlyList<Segment> Sentences) SplitBoth(string text)
    {
        var segments = new List<Segment>();
        var sentences = new List<Segment>();
        int segmentStart = 0, sentenceStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ';')
            {
                AddTrimmed(segments, text, segmentStart, i + 1);
                segmentStart = i + 1;
            }
            else if (c == '.' && IsSentenceEnd(text, i))
            {
                AddTrimmed(segments, text, segmentStart, i + 1);
                AddTrimmed(sentences, text, sentenceStart, i + 1);
                segmentStart = sentenceStart = i + 1;
            }
        }
        AddTrimmed(segments, text, segmentStart, text.Length);
        AddTrimmed(sentences, text, sentenceStart, text.Length);
        return (segments, sentences);
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        // a period inside a number or a date (03.6.2013, 1.425) or an abbreviation (v.v.) is not an end
        if (i + 1 >= text.Length) return true;
        var next = text[i + 1];
        if (next is '.' or '/') return false;
        if (!char.IsWhiteSpace(next) && !FootnoteMarkers.IsSuperscriptDigit(next) && next is not '”' and not '"') return false;
        var j = i + 1;
        while (j < text.Length && (char.IsWhiteSpace(text[j]) || FootnoteMarkers.IsSuperscriptDigit(text[j]) || text[j] is '”' or '"')) j++;
        if (j >= text.Length) return true;
        var n = text[j];
        return char.IsUpper(n) || char.IsDigit(n) || n is '-' or '+' or '“' or '(' or '*';
    }

    private static void AddTrimmed(List<Segment> segments, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) segments.Add(new Segment(start, end));
    }
}
