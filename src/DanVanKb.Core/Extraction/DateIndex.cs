namespace DanVanKb.Core.Extraction;

/// <summary>The dates of a text unit, looked up by where they start or end.</summary>
internal sealed class DateIndex(IReadOnlyList<DateMatch> dates)
{
    private readonly Dictionary<int, DateMatch> byStart = dates.GroupBy(d => d.Start).ToDictionary(g => g.Key, g => g.First());
    private readonly Dictionary<int, DateMatch> byEnd = dates.GroupBy(d => d.End).ToDictionary(g => g.Key, g => g.First());
    private readonly int[] ends = [.. dates.Select(d => d.End)];

    public DateMatch? StartingAt(int offset) => byStart.GetValueOrDefault(offset);

    public DateMatch? EndingAt(int offset) => byEnd.GetValueOrDefault(offset);

    /// <summary>The last date that ends by <paramref name="limit"/> and starts at or after <paramref name="floor"/>.</summary>
    public DateMatch? LastEndingBy(int limit, int floor)
    {
        int lo = 0, hi = ends.Length - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (ends[mid] <= limit)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best >= 0 && dates[best].Start >= floor ? dates[best] : null;
    }
}
