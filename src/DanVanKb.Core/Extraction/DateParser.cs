using System.Globalization;
using System.Text.RegularExpressions;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads the date forms reports use: 03/6/2013, 03/06/2013, 03.6.2013, the slip 18/02.2019, "ngày 26 tháng 11 năm 2021"
/// (also with the slip "ngày ngày"), "tháng 5 năm 2023", and a year alone ("năm 2019").</summary>
public static partial class DateParser
{
    public const int MinYear = 1930;
    public const int MaxYear = 2100;

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})[ ]?(?<sep>[/.\-])[ ]?(?<m>\d{1,2})[ ]?(?:\k<sep>|(?<=[/.][ ]?\d{1,2}[ ]?)[/.])[ ]?(?<y>\d{4}|(?:19|20) \d{2})(?![\d/])")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(?:ngày(?:\s+|(?=\d))){1,2}(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*,?\s+năm\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WordsPattern();

    [GeneratedRegex(@"(?<!ngày\s+\d{1,2}\s+)tháng\s+(?<m>\d{1,2})\s*(?:năm\s+|/)(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"(?<!tháng\s+\d{1,2}\s+)năm\s+(?<y>\d{4})(?![\d\-–])", RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();

    /// <summary>Every date in <paramref name="text"/>, most precise form first where forms overlap.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        if (!DigitShapes.HasFourDigitRun(text)) return [];
        var found = new List<DateMatch>();
        var taken = new Text.Occupancy(text.Length);
        void Add(Regex pattern, bool hasDay, bool hasMonth)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken.Overlaps(m.Index, m.Index + m.Length)) continue;
                found.Add(new DateMatch(m.Index, m.Index + m.Length, m.Value, Build(m, hasDay, hasMonth)));
                taken.Take(m.Index, m.Index + m.Length);
            }
        }
        Add(WordsPattern(), true, true);
        Add(NumericPattern(), true, true);
        Add(MonthPattern(), false, true);
        Add(YearPattern(), false, false);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Parses text that is exactly one date, or returns null.</summary>
    public static PartialDate? Parse(string text)
    {
        var all = FindAll(text.Trim());
        return all.Count == 1 && all[0].Start == 0 && all[0].End == text.Trim().Length ? all[0].Date : null;
    }

    private static PartialDate? Build(Match m, bool hasDay, bool hasMonth)
    {
        // "16/7/20 21": a year a converted page split in two is one year
        var y = Int(m.Groups["y"].Value.Replace(" ", "", StringComparison.Ordinal));
        if (y is < MinYear or > MaxYear) return null;
        if (!hasMonth) return new PartialDate(y);
        var mo = Int(m.Groups["m"].Value);
        if (mo is < 1 or > 12) return null;
        if (!hasDay) return new PartialDate(y, mo);
        var d = Int(m.Groups["d"].Value);
        return d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new PartialDate(y, mo, d) : null;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
