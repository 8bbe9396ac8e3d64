namespace DanVanKb.Synthetic;

/// <summary>How reports get citations wrong (domain.md "Conflicts"), at rates near the shared reports'
/// (a few in a hundred dated mentions): day and month swapped, a wrong year, a Party symbol written in the
/// State form or the reverse, a wrong type code.</summary>
internal static class Miscitation
{
    public const double SwappedDate = 0.03;
    public const double WrongYear = 0.012;
    public const double WrongForm = 0.015;

    public static DateOnly Date(Random r, DateOnly date)
    {
        var x = r.NextDouble();
        if (x < SwappedDate && date.Day <= 12 && date.Day != date.Month) return new DateOnly(date.Year, date.Day, date.Month);
        if (x < SwappedDate + WrongYear) return new DateOnly(date.Year + (r.Next(2) == 0 ? 3 : 1), date.Month, Math.Min(date.Day, 28));
        return date;
    }

    /// <summary>25-NQ/TW → 25/NQ-TW, 33/CT-TTg → 33-CT/TTg, 22-QC/TU → 22-QĐ/TU, occasionally.</summary>
    public static string Symbol(Random r, string symbol)
    {
        if (r.NextDouble() >= WrongForm) return symbol;
        var parts = symbol.Split('-', '/');
        if (parts.Length != 3) return symbol;
        var party = symbol.IndexOf('-', StringComparison.Ordinal) < symbol.IndexOf('/', StringComparison.Ordinal);
        return r.Next(3) switch
        {
            0 when party => $"{parts[0]}/{parts[1]}-{parts[2]}",
            0 => $"{parts[0]}-{parts[1]}/{parts[2]}",
            1 when parts[1] == "QC" => $"{parts[0]}-QĐ/{parts[2]}",
            1 when parts[2] == "TTg" => $"{parts[0]}-{parts[1]}/TW",
            _ => party ? $"{parts[0]} - {parts[1]}/{parts[2]}" : $"{parts[0]}/{parts[1]}- {parts[2]}",
        };
    }
}
