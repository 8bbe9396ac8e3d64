namespace DanVanKb.Synthetic;

/// <summary>A central document carried down the levels: the provinces that adopt it (a share of them) issue a
/// programme or plan implementing it, their districts a plan implementing the province's, their communes
/// one implementing the district's. Party documents go down the Party committees, State ones down the UBND.</summary>
public sealed record Campaign(int Index, SyntheticDocument Central, BodyKind Chain, double Coverage, int Weight)
{
    /// <summary>The years a report on it may review: every year after it to 2024, the 5- and 10-year marks weighed more.</summary>
    public IReadOnlyList<int> ReviewYears => [.. Enumerable.Range(Central.Date.Year + 1, Math.Max(0, 2024 - Central.Date.Year))];

    /// <summary>"sơ kết 5 năm", "tổng kết 10 năm", or the year's result.</summary>
    public string Phase(int year) => (year - Central.Date.Year) switch
    {
        10 => "tổng kết 10 năm thực hiện",
        5 => "sơ kết 5 năm thực hiện",
        var n when n % 5 == 0 => $"tổng kết {n} năm thực hiện",
        _ => $"kết quả thực hiện năm {year}",
    };

    /// <summary>Whether the year is a 5- or 10-year mark, for which the levels above issue a plan for the review.</summary>
    public bool IsMark(int year) => year > Central.Date.Year && (year - Central.Date.Year) % 5 == 0;
}
