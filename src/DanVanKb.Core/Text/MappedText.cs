using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>A derived string that remembers, for each of its characters, the offset of the original
/// character it came from. Every stage after decoding works on one of these, so a fact found anywhere
/// can be tied back to the file.</summary>
/// <remarks>The map is kept as runs of characters copied in a row (a run's characters come from consecutive
/// offsets), not one entry per character: a report is a handful of runs, and the per-character maps of its
/// every line and paragraph were a third of what extraction allocated.</remarks>
public sealed class MappedText
{
    /// <summary>Run k starts at character runStarts[k], which comes from offset runOrigins[k].</summary>
    private readonly int[] runStarts;

    private readonly int[] runOrigins;

    /// <summary>The original offset of the end of the text.</summary>
    private readonly int endOffset;

    private MappedText(string text, int[] runStarts, int[] runOrigins, int endOffset)
    {
        Text = text;
        this.runStarts = runStarts;
        this.runOrigins = runOrigins;
        this.endOffset = endOffset;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The original offset of character <paramref name="index"/> (or of the end).</summary>
    public int ToSource(int index)
    {
        index = Math.Max(0, index);
        if (index >= Text.Length) return endOffset;
        var k = RunAt(index);
        return runOrigins[k] + index - runStarts[k];
    }

    /// <summary>Whether some character came from original offset <paramref name="offset"/>. Every stage
    /// appends in text order, so the offsets never decrease and a binary search over the runs finds it.</summary>
    public bool ComesFrom(int offset)
    {
        int lo = 0, hi = runStarts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < runOrigins[mid]) hi = mid - 1;
            else if (offset > runOrigins[mid] + RunLength(mid) - 1) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>A text that is its own original.</summary>
    public static MappedText Identity(string text) =>
        text.Length == 0 ? new MappedText(text, [], [], 0) : new MappedText(text, [0], [0], text.Length);

    /// <summary>Characters start to end: the substring and the runs it overlaps, cut to it (the runs were
    /// maximal already, so they stay so). Built directly, as lines and cells are sliced from every paragraph.</summary>
    public MappedText Slice(int start, int end)
    {
        if (start == 0 && end == Length) return this;
        var text = Text[start..end];
        if (text.Length == 0) return new MappedText(text, [], [], ToSource(end));
        var first = RunAt(start);
        var count = 1;
        while (first + count < runStarts.Length && runStarts[first + count] < end) count++;
        var starts = new int[count];
        var origins = new int[count];
        for (var k = 0; k < count; k++)
        {
            var from = Math.Max(start, runStarts[first + k]);
            starts[k] = from - start;
            origins[k] = runOrigins[first + k] + from - runStarts[first + k];
        }
        return new MappedText(text, starts, origins, ToSource(end));
    }

    /// <summary>The run holding character index (0 ≤ index &lt; Length).</summary>
    private int RunAt(int index)
    {
        var k = Array.BinarySearch(runStarts, index);
        return k >= 0 ? k : ~k - 1;
    }

    private int RunLength(int k) => (k + 1 < runStarts.Length ? runStarts[k + 1] : Text.Length) - runStarts[k];

    /// <summary>Builds a mapped string piece by piece.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<int> starts = [];
        private readonly List<int> origins = [];

        public int Length => text.Length;

        public Builder Append(MappedText source, int start, int end)
        {
            if (end <= start) return this;
            text.Append(source.Text, start, end - start);
            var at = Length - (end - start);
            for (var k = source.RunAt(start); k < source.runStarts.Length && source.runStarts[k] < end; k++)
            {
                var from = Math.Max(start, source.runStarts[k]);
                AddRun(at + from - start, source.runOrigins[k] + from - source.runStarts[k]);
            }
            return this;
        }

        public Builder Append(MappedText source) => Append(source, 0, source.Length);

        /// <summary>Appends the characters of the original itself, from start to end.</summary>
        public Builder AppendOriginal(string original, int start, int end)
        {
            if (end <= start) return this;
            AddRun(Length, start);
            text.Append(original, start, end - start);
            return this;
        }

        /// <summary>Appends a character that has no original of its own (a joining space).</summary>
        public Builder AppendSynthetic(char c, int sourceOffset)
        {
            AddRun(Length, sourceOffset);
            text.Append(c);
            return this;
        }

        public MappedText Build(int endOffset) => new(text.ToString(), [.. starts], [.. origins], endOffset);

        /// <summary>Characters from <paramref name="at"/> on come from <paramref name="origin"/> on: a new run,
        /// unless they continue the last one.</summary>
        private void AddRun(int at, int origin)
        {
            var last = starts.Count - 1;
            if (last >= 0 && origins[last] + at - starts[last] == origin) return;
            starts.Add(at);
            origins.Add(origin);
        }
    }
}
