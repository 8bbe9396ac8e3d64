using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Load;

/// <summary>The URLs each kind of page is loaded with, drawn from the knowledge base with a seed: searches
/// made of its own words and symbols (<see cref="QueryDraw"/>), some filtered by level or asking for the
/// second page, and documents and trees taken from every document, not only the most cited.</summary>
public sealed record Targets(IReadOnlyDictionary<string, string[]> ByKind)
{
    public const int DefaultPerKind = 2_000;

    private static readonly string[] Levels = ["central", "province", "district", "commune"];

    public static Targets From(KbPaths paths, int perKind = DefaultPerKind, int seed = 25)
    {
        using var reader = new KbReader(paths);
        var kb = reader.Export();
        var random = new Random(seed);
        var docs = kb.Documents.OrderBy(_ => random.Next()).Take(perKind).ToArray();
        var queries = QueryDraw.From(kb, perKind, seed);
        string Search(string q) => Esc(q) + random.Next(10) switch
        {
            0 => "&cap=" + Levels[random.Next(Levels.Length)],
            1 => "&trang=2",
            _ => "",
        };
        return new Targets(new Dictionary<string, string[]>
        {
            ["search"] = [.. queries.Select(q => "/tim-kiem?q=" + Search(q))],
            ["api-search"] = [.. queries.Reverse().Select(q => "/api/search?q=" + Esc(q))],
            ["document"] = [.. docs.Select(d => "/van-ban/" + Esc(d.Slug))],
            ["api-document"] = [.. docs.Reverse().Select(d => "/api/documents/" + Esc(d.Id))],
            ["tree"] = ["/he-thong", .. Levels.Select(l => "/he-thong?cap=" + l), .. docs.Select(d => "/he-thong?van-ban=" + Esc(d.Slug))],
            ["api-tree"] = [.. docs.Select(d => "/api/documents/" + Esc(d.Id) + "/tree")],
        });
    }

    /// <summary>How many distinct URLs the mix holds.</summary>
    public int Distinct => ByKind.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).Count();

    private static string Esc(string s) => Uri.EscapeDataString(s);
}
