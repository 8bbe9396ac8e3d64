using DanVanKb.Synthetic;

namespace DanVanKb.Bench.Tests.Synthetic;

public sealed class WorldTests
{
    private static readonly World World = new(SyntheticCorpus.DefaultSeed);

    [Fact]
    public void The_country_has_real_scale_and_unique_place_names()
    {
        var g = World.Geography;
        Assert.Equal(63, g.Provinces.Count);
        Assert.InRange(g.Districts.Count, 600, 800);
        Assert.InRange(g.Communes.Count, 7_500, 10_500);
        var names = g.Provinces.Concat(g.Districts).Concat(g.Communes).Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(g.Communes, c => Assert.Equal(Tier.District, g[c.Parent].Tier));
    }

    [Fact]
    public void Central_catalogue_has_hundreds_of_documents_each_symbol_once_a_year()
    {
        Assert.InRange(World.Central.Count, 200, 500);
        Assert.Equal("25-NQ/TW", World.Central[0].Symbol);
        Assert.Equal(new DateOnly(2013, 6, 3), World.Central[0].Date);
        Assert.Equal(World.Central.Count, World.Central.Select(d => (d.Symbol, d.Date.Year)).Distinct().Count());
        Assert.Contains(World.Central, d => d.Symbol.Contains("/NĐ-CP", StringComparison.Ordinal));
        Assert.Contains(World.Central, d => d.Symbol.EndsWith("/CT-TTg", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_province_carries_the_central_resolution_down()
    {
        var resolution = World.Campaigns[0];
        Assert.Equal("25-NQ/TW", resolution.Central.Symbol);
        Assert.All(World.Geography.Provinces, p => Assert.True(World.Adopts(p, resolution)));
        Assert.Contains(World.Campaigns, c => c.Coverage < 0.2);
    }

    [Fact]
    public void A_plan_follows_the_plan_above_it()
    {
        var c = World.Campaigns[0];
        var commune = World.Geography.Communes[500];
        var district = World.Geography[commune.Parent];
        var province = World.Geography[district.Parent];
        Assert.True(World.PlanDate(c, province) > c.Central.Date);
        Assert.True(World.PlanDate(c, district) > World.PlanDate(c, province));
        Assert.True(World.PlanDate(c, commune) > World.PlanDate(c, district));
    }

    [Fact]
    public void A_body_numbers_its_documents_once_per_year_in_date_order()
    {
        foreach (var place in new[] { World.Geography.Provinces[3], World.Geography.Districts[40], World.Geography.Communes[900] })
            foreach (var kind in new[] { BodyKind.Party, BodyKind.State })
            {
                var docs = World.Documents(World.Body(place, kind));
                Assert.NotEmpty(docs);
                Assert.Equal(docs.Count, docs.Select(d => (d.Document.Symbol, d.Document.Date.Year)).Distinct().Count());
                foreach (var year in docs.GroupBy(d => d.Document.Date.Year))
                {
                    var numbers = year.Select(d => int.Parse(d.Document.Number, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    Assert.Equal(numbers.Order(), numbers);
                }
            }
    }

    [Fact]
    public void Symbols_take_the_forms_of_their_bodies()
    {
        var district = World.Geography.Districts.First(d => d.Unit == "huyện");
        Assert.Matches(@"^\d+-KH/HU$", World.Find(World.Documents(World.Body(district, BodyKind.Party)), new Series(SeriesKind.Plan, 0))!.Document.Symbol);
        Assert.Matches(@"^\d+/KH-UBND$", World.Find(World.Documents(World.Body(district, BodyKind.State)), new Series(SeriesKind.Plan, 2))!.Document.Symbol);
        var commune = World.Geography.Communes[0];
        Assert.Matches(@"^\d+-KH/ĐU$", World.Find(World.Documents(World.Body(commune, BodyKind.Party)), new Series(SeriesKind.Plan, 0))!.Document.Symbol);
    }
}
