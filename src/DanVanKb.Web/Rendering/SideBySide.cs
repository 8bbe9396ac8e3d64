using DanVanKb.Core.Text;

namespace DanVanKb.Web.Rendering;

/// <summary>A line of a legacy 8-bit report twice: the original bytes read as Windows-1252 (what a program
/// that does not know the encoding shows) and the converted Unicode text the knowledge base stored.</summary>
public sealed record ComparedLine(int Number, string Original, string Converted);

public static class SideBySide
{
    /// <summary>Pairs the lines (split at LF, numbered as the source page numbers them; a conversion of an
    /// 8-bit code page keeps the line breaks, so line n is line n in both).</summary>
    public static IReadOnlyList<ComparedLine> Lines(ReadOnlySpan<byte> original, string converted)
    {
        var left = Split(Windows1252.Decode(original));
        var right = Split(converted);
        return [.. Enumerable.Range(0, Math.Max(left.Length, right.Length))
            .Select(i => new ComparedLine(i + 1, i < left.Length ? left[i] : "", i < right.Length ? right[i] : ""))];
    }

    private static string[] Split(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];
}
