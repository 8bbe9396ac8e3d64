namespace DanVanKb.Synthetic;

/// <summary>What report number <see cref="Index"/> is: which body writes it, on which campaign, for which year,
/// on which date, and about how long it is. A function of the seed and the index alone, so the first N reports
/// of a larger corpus are the corpus of N.</summary>
public sealed record ReportSpec(int Index, Body Body, Campaign Campaign, int Year, DateOnly Date, int Number, int TargetBytes)
{
    /// <summary>Shares of reports by level: communes write most, as in real collections.</summary>
    public const double ProvinceShare = 0.08, DistrictShare = 0.27;

    /// <summary>The mean length aimed at, near the shared reports' mean (13–69 KB, 50 KB on average).</summary>
    public const int MeanBytes = 50 * 1024;

    public static ReportSpec Choose(World w, int index)
    {
        var r = Mix.Random(Mix.Of(w.Seed, 98, (ulong)index));
        var g = w.Geography;
        var x = r.NextDouble();
        var place = x < ProvinceShare ? g.Provinces[r.Next(g.Provinces.Count)]
            : x < ProvinceShare + DistrictShare ? g.Districts[r.Next(g.Districts.Count)]
            : g.Communes[r.Next(g.Communes.Count)];
        var province = g.Province(place);
        var adopted = w.Campaigns.Where(c => w.Adopts(province, c)).ToList();
        var pick = r.Next(adopted.Sum(c => c.Weight));
        var campaign = adopted.First(c => (pick -= c.Weight) < 0);
        var kind = campaign.Chain == BodyKind.Party && place.Tier != Tier.Commune && r.Next(100) < 15 ? BodyKind.DanVan : campaign.Chain;
        var years = campaign.ReviewYears;
        var year = years.Count == 0 ? 2024 : Weighted(r, years, campaign);
        var body = w.Body(place, kind);
        var earliest = campaign.IsMark(year) && place.Tier != Tier.Province ? w.ReviewDate(campaign, year, g[place.Parent]).AddDays(10) : new DateOnly(year, 3, 1);
        var date = earliest.AddDays(r.Next(40 + (campaign.IsMark(year) ? 0 : 200)));
        if (date.Year != year) date = new DateOnly(year, 12, 1 + r.Next(27));
        var volume = place.Tier switch { Tier.Province => 700, Tier.District => 300, _ => 90 };
        var number = 1 + (date.DayOfYear * volume / 366) + r.Next(5);
        // log-normal around the mean, bounded like the shared reports (13–69 KB) with a longer tail
        var size = Math.Exp(Math.Log(MeanBytes) + 0.02 + 0.45 * Gaussian(r));
        return new ReportSpec(index, body, campaign, year, date, number, (int)Math.Clamp(size, 12 * 1024, 140 * 1024));
    }

    /// <summary>The 5- and 10-year marks four times as likely as other years.</summary>
    private static int Weighted(Random r, IReadOnlyList<int> years, Campaign c)
    {
        var total = years.Sum(y => c.IsMark(y) ? 4 : 1);
        var pick = r.Next(total);
        foreach (var y in years)
            if ((pick -= c.IsMark(y) ? 4 : 1) < 0) return y;
        return years[^1];
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
