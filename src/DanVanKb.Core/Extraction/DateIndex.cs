namespace DanVanKb.Core.Extraction;

/// <summary>The dates of a text unit, looked up by where they start or end. They are found on the first lookup:
/// most units that hold a digit cite nothing, and their dates are never asked for.</summary>
internal sealed class DateIndex(string text)
{
    private Found? found;

    private sealed class Found(IReadOnlyList<DateMatch> dates)
    {
        public readonly IReadOnlyList<DateMatch> Dates = dates;
        public readonly Dictionary<int, DateMatch> ByStart = dates.GroupBy(d => d.Start).ToDictionary(g => g.Key, g => g.First());
        public readonly Dictionary<int, DateMatch> ByEnd = dates.GroupBy(d => d.End).ToDictionary(g => g.Key, g => g.First());
        public readonly int[] Ends = [.. dates.Select(d => d.End)];
    }

    private Found Dates => found ??= new Found(DateParser.FindAll(text));

    public DateMatch? StartingAt(int offset) => Dates.ByStart.GetValueOrDefault(offset);

    public DateMatch? EndingAt(int offset) => Dates.ByEnd.GetValueOrDefault(offset);

    /// <summary>The last date that ends by <paramref name="limit"/> and starts at or after <paramref name="floor"/>.</summary>
    public DateMatch? LastEndingBy(int limit, int floor)
    {
        var (dates, ends) = (Dates.Dates, Dates.Ends);
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
