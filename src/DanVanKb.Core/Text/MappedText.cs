using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>A derived string that remembers, for each of its characters, the offset of the original
/// character it came from. Every stage after decoding works on one of these, so a fact found anywhere
/// can be tied back to the file.</summary>
public sealed class MappedText
{
    private readonly int[] map;

    public MappedText(string text, int[] map)
    {
        if (map.Length != text.Length + 1)
            throw new ArgumentException("map must have one entry per character plus an end entry", nameof(map));
        Text = text;
        this.map = map;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The original offset of character <paramref name="index"/> (or of the end).</summary>
    public int ToSource(int index) => map[Math.Clamp(index, 0, map.Length - 1)];

    /// <summary>Whether some character came from original offset <paramref name="offset"/>. Every stage
    /// appends in text order, so the map never decreases and a binary search finds it.</summary>
    public bool ComesFrom(int offset)
    {
        int lo = 0, hi = Text.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (map[mid] == offset) return true;
            if (map[mid] < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /// <summary>A text that is its own original.</summary>
    public static MappedText Identity(string text)
    {
        var m = new int[text.Length + 1];
        for (var i = 0; i < m.Length; i++) m[i] = i;
        return new MappedText(text, m);
    }

    public MappedText Slice(int start, int end)
    {
        var m = new int[end - start + 1];
        Array.Copy(map, start, m, 0, end - start);
        m[^1] = map[end];
        return new MappedText(Text[start..end], m);
    }

    /// <summary>Builds a mapped string piece by piece.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<int> map = [];

        public int Length => text.Length;

        public Builder Append(MappedText source, int start, int end)
        {
            if (end <= start) return this;
            text.Append(source.Text, start, end - start);
            map.AddRange(new ArraySegment<int>(source.map, start, end - start));
            return this;
        }

        public Builder Append(MappedText source) => Append(source, 0, source.Length);

        /// <summary>Appends the characters of the original itself, from start to end.</summary>
        public Builder AppendOriginal(string original, int start, int end)
        {
            text.Append(original, start, end - start);
            for (var i = start; i < end; i++) map.Add(i);
            return this;
        }

        /// <summary>Appends a character that has no original of its own (a joining space).</summary>
        public Builder AppendSynthetic(char c, int sourceOffset)
        {
            text.Append(c);
            map.Add(sourceOffset);
            return this;
        }

        public MappedText Build(int endOffset)
        {
            var m = new int[map.Count + 1];
            map.CopyTo(m);
            m[^1] = endOffset;
            return new MappedText(text.ToString(), m);
        }
    }
}
