using System.Globalization;

namespace DanVanKb.Core.Model;

/// <summary>A date as precise as the text states it: a year, a month of a year, or a full day.</summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public bool IsFull => Month is not null && Day is not null;

    public string ToIso() => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Vietnamese administrative style, as a writer would cite it: 03/6/2013.</summary>
    public string ToVietnamese() => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{d:D2}/{m}/{Year}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"tháng {m} năm {Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"năm {Year}"),
    };

    public static PartialDate? ParseIso(string? iso)
    {
        if (string.IsNullOrEmpty(iso)) return null;
        var parts = iso.Split('-');
        var y = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? m = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? d = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        return new PartialDate(y, m, d);
    }

    /// <summary>Before <paramref name="other"/> at the precision both state: 2016 is before 2017-08, but neither
    /// 2017 nor 2017-08 is before 2017-08-14.</summary>
    public bool IsBefore(PartialDate other) =>
        Year != other.Year ? Year < other.Year
        : Month is not int m || other.Month is not int om ? false
        : m != om ? m < om
        : Day is int d && other.Day is int od && d < od;

    public int CompareTo(PartialDate? other)
    {
        if (other is null) return 1;
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() => ToIso();
}
