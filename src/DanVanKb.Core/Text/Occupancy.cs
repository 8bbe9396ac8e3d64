namespace DanVanKb.Core.Text;

/// <summary>Which characters of a text are already claimed by a match, so that overlapping matches are
/// rejected in constant time per character rather than by comparing every pair.</summary>
internal sealed class Occupancy(int length)
{
    private readonly System.Collections.BitArray taken = new(length + 1);

    public bool Overlaps(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, taken.Length); i++)
            if (taken[i]) return true;
        return false;
    }

    public void Take(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, taken.Length); i++) taken[i] = true;
    }
}
