namespace DanVanKb.Synthetic;

/// <summary>The synthetic country and its documents, a pure function of the seed: places, bodies, the central
/// catalogue, the campaigns carried down the levels, and every body's own documents numbered in date order
/// per year (so a local symbol is unique for its body and year, as real numbering is).</summary>
public sealed class World
{
    private const int LastYear = 2024;

    public World(ulong seed)
    {
        Seed = seed;
        Geography = new Geography(seed);
        Central = CentralCatalog.Build(seed);
        Campaigns = BuildCampaigns();
    }

    public ulong Seed { get; }

    public Geography Geography { get; }

    public IReadOnlyList<SyntheticDocument> Central { get; }

    public IReadOnlyList<Campaign> Campaigns { get; }

    /// <summary>Whether a province (and so its districts and communes) carries a campaign down.</summary>
    public bool Adopts(Place province, Campaign c) => c.Coverage >= 1 || Mix.Fraction(Mix.Of(Seed, 3, (ulong)province.Id, (ulong)c.Index)) < c.Coverage;

    public Body Body(Place p, BodyKind kind) => new(p, kind, p.Tier == Tier.Province ? null : Geography[p.Parent]);

    /// <summary>The body's documents in date order.</summary>
    public IReadOnlyList<LocalDocument> Documents(Body b)
    {
        var items = new List<(Series Series, string Type, string Code, DateOnly Date, string? Title)>();
        var province = Geography.Province(b.Place);
        var tier = b.Place.Tier;
        foreach (var c in Campaigns.Where(c => Adopts(province, c)))
        {
            var chain = b.Kind == BodyKind.DanVan ? BodyKind.Party : b.Kind;
            if (c.Chain != chain) continue;
            if (b.Kind == BodyKind.DanVan)
            {
                items.Add((new Series(SeriesKind.Plan, c.Index), "Hướng dẫn", "HD", PlanDate(c, b.Place).AddDays(5 + Below(b, 11, c.Index, 20)), $"thực hiện {c.Central.TypeWord} số {c.Central.Symbol}"));
            }
            else
            {
                var programme = tier == Tier.Province && b.IsParty && Below(b, 12, c.Index, 10) < 7;
                items.Add((new Series(SeriesKind.Plan, c.Index), programme ? "Chương trình hành động" : "Kế hoạch", programme ? "CTr" : "KH", PlanDate(c, b.Place), c.Central.Title));
            }
            foreach (var y in c.ReviewYears.Where(c.IsMark))
            {
                var title = $"{c.Phase(y)} {c.Central.TypeWord} số {c.Central.Symbol}";
                var (type, code) = b.Kind switch
                {
                    BodyKind.State => ("Công văn", ""),
                    BodyKind.DanVan => ("Hướng dẫn", "HD"),
                    _ => ("Kế hoạch", "KH"),
                };
                items.Add((new Series(SeriesKind.Review, c.Index, y), type, code, ReviewDate(c, y, b.Place).AddDays(b.Kind == BodyKind.DanVan ? 4 : 0), title));
            }
        }
        if (b.Kind == BodyKind.State)
            for (var y = 2014; y <= LastYear; y++)
                items.Add((new Series(SeriesKind.Annual, y), "Kế hoạch", "KH", new DateOnly(y, 1, 5).AddDays(Below(b, 13, y, 45)), $"công tác dân vận chính quyền năm {y}"));
        if (b.Kind == BodyKind.Party)
        {
            var locals = tier switch
            {
                Tier.Province => LocalKinds,
                Tier.District => LocalKinds[1..2],
                _ => LocalKinds[1..2],
            };
            for (var k = 0; k < locals.Length; k++)
            {
                var index = tier == Tier.Province ? k : k + 1;
                items.Add((new Series(SeriesKind.Local, index), locals[k].Type, locals[k].Code, LocalDate(b.Place, index), locals[k].Title));
            }
            if (tier == Tier.District)
                foreach (var k in ProjectIndexes)
                    if (Below(b, 14, k, 10) < 7)
                        items.Add((new Series(SeriesKind.ProjectPlan, k), "Kế hoạch", "KH", LocalDate(province, k).AddDays(15 + Below(b, 15, k, 45)), LocalKinds[k].Title));
        }
        // bodies issue at different rates, so neighbouring communes' plans of one date carry different numbers
        var volume = (b.Kind == BodyKind.DanVan ? 120 : tier switch { Tier.Province => 700, Tier.District => 300, _ => 90 }) * (2 + Below(b, 17, 0, 7)) / 4;
        var result = new List<LocalDocument>(items.Count);
        var last = (Year: 0, Number: 0);
        foreach (var item in items.OrderBy(i => i.Date).ThenBy(i => i.Series.Kind).ThenBy(i => i.Series.Arg).ThenBy(i => i.Series.Year))
        {
            var byDate = 1 + Below(b, 18, item.Date.Year, 12) + (item.Date.DayOfYear * volume / 366) + Below(b, 16, item.Date.DayNumber, 4);
            var number = last.Year == item.Date.Year ? Math.Max(last.Number + 1, byDate) : byDate;
            last = (item.Date.Year, number);
            var symbol = item.Code.Length == 0 ? $"{number}/{b.Code}-VX" : b.Symbol(item.Code, number);
            result.Add(new LocalDocument(item.Series, new SyntheticDocument(item.Type, symbol, item.Date, b.Name, item.Title, tier), b));
        }
        return result;
    }

    /// <summary>When a place's plan for a campaign is dated: after the central document, then each level after the one above.</summary>
    public DateOnly PlanDate(Campaign c, Place p) => p.Tier switch
    {
        Tier.Province => c.Central.Date.AddDays(20 + Below(p, 20, c.Index, 60)),
        Tier.District => PlanDate(c, Geography[p.Parent]).AddDays(10 + Below(p, 21, c.Index, 30)),
        _ => PlanDate(c, Geography[p.Parent]).AddDays(7 + Below(p, 22, c.Index, 24)),
    };

    /// <summary>When a place's plan for the review of a year is dated: the province early in the year, each level below a little later.</summary>
    public DateOnly ReviewDate(Campaign c, int year, Place p) => p.Tier switch
    {
        Tier.Province => new DateOnly(year, 2, 1).AddDays(Below(p, 23, c.Index * 10_000 + year, 60)),
        Tier.District => ReviewDate(c, year, Geography[p.Parent]).AddDays(7 + Below(p, 24, c.Index * 10_000 + year, 18)),
        _ => ReviewDate(c, year, Geography[p.Parent]).AddDays(5 + Below(p, 25, c.Index * 10_000 + year, 10)),
    };

    private DateOnly LocalDate(Place p, int k) => new DateOnly(2014 + Below(p, 26, k, 10), 1, 1).AddDays(Below(p, 27, k, 360));

    /// <summary>The province's own documents: a Chỉ thị, a Quy chế, two Đề án (which districts carry out) and a Quyết định.</summary>
    private static readonly (string Type, string Code, string Title)[] LocalKinds =
    [
        ("Chỉ thị", "CT", "nâng cao chất lượng công tác dân vận trên địa bàn tỉnh"),
        ("Quy chế", "QC", "công tác dân vận của hệ thống chính trị"),
        ("Đề án", "ĐA", "đổi mới và nâng cao hiệu quả công tác dân vận góp phần phát triển kinh tế, xã hội, xây dựng nông thôn mới, đô thị văn minh"),
        ("Đề án", "ĐA", "tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số"),
        ("Quyết định", "QĐ", "ban hành Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân"),
    ];

    private static readonly int[] ProjectIndexes = [2, 3];

    /// <summary>A body's document of a series, or null when it has none (its province did not adopt the campaign).</summary>
    public static LocalDocument? Find(IReadOnlyList<LocalDocument> documents, Series s) => documents.FirstOrDefault(d => d.Series == s);

    private int Below(Place p, ulong salt, int arg, int n) => Mix.Below(Mix.Of(Seed, salt, (ulong)p.Id, (ulong)arg), n);

    private int Below(Body b, ulong salt, int arg, int n) => Mix.Below(Mix.Of(Seed, salt * 4 + (ulong)b.Kind, (ulong)b.Place.Id, (ulong)arg), n);

    private IReadOnlyList<Campaign> BuildCampaigns()
    {
        // the real ones: 25-NQ/TW everywhere (the deep tree), 43-KL/TW and 33/CT-TTg everywhere, others in a share of provinces
        var list = new List<Campaign>
        {
            new(0, Central[0], BodyKind.Party, 1.0, 40),
            new(1, Central[1], BodyKind.Party, 1.0, 14),
            new(2, Central[2], BodyKind.State, 1.0, 18),
            new(3, Central[3], BodyKind.Party, 0.8, 5),
            new(4, Central[4], BodyKind.State, 0.5, 4),
            new(5, Central[6], BodyKind.State, 0.6, 4),
            new(6, Central[9], BodyKind.Party, 0.3, 2),
            new(7, Central[10], BodyKind.Party, 0.5, 3),
        };
        double[] coverages = [0.4, 0.25, 0.15, 0.1, 0.1, 0.06, 0.05, 0.03, 0.03, 0.02];
        var candidates = Central.Skip(20).Where(d => d.TypeWord is "Nghị quyết" or "Kết luận" or "Chỉ thị").Take(32).ToList();
        foreach (var d in candidates)
        {
            var chain = d.Symbol.Contains("-TTg", StringComparison.Ordinal) || d.Symbol.Contains("-CP", StringComparison.Ordinal) ? BodyKind.State : BodyKind.Party;
            var i = list.Count;
            list.Add(new Campaign(i, d, chain, coverages[i % coverages.Length], 1 + (i % 3)));
        }
        return list;
    }
}
