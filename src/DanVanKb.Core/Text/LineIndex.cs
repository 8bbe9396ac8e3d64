using DanVanKb.Core.Model;

namespace DanVanKb.Core.Text;

/// <summary>Turns offsets of the original text into 1-based lines and columns.</summary>
public sealed class LineIndex
{
    private readonly int[] lineStarts;

    public LineIndex(string original)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= original.Length || original[i + 1] != '\n')))
                starts.Add(i + 1);
        }
        lineStarts = [.. starts];
    }

    public (int Line, int Column) Locate(int offset)
    {
        var i = Array.BinarySearch(lineStarts, offset);
        if (i < 0) i = ~i - 1;
        i = Math.Max(i, 0);
        return (i + 1, offset - lineStarts[i] + 1);
    }

    public SourceSpan Span(int start, int end)
    {
        var (line, column) = Locate(start);
        return new SourceSpan(start, end, line, column);
    }
}
