using System.Diagnostics;

using Xunit.Abstractions;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>Every page answers well under 100 ms (after the first request has warmed the caches).</summary>
public class PageTimeTests(SiteFactory site, ITestOutputHelper output) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Urls => new()
    {
        Routes.Home,
        Routes.Search("dan van kheo"),
        Routes.Search("dân vận", type: "Kế hoạch"),
        Routes.Search("25-NQ/TW"),
        Routes.Document("25-NQ-TW-2013"),
        Routes.Document("18-CTr-TU-2013"),
        Routes.Hierarchy(),
        Routes.Timeline("25-NQ-TW-2013"),
        Routes.ApiTree("25-NQ-TW-2013"),
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Page_answers_in_well_under_100_ms(string url)
    {
        var client = site.CreateClient();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        var median = times.Order().ElementAt(times.Count / 2);
        output.WriteLine($"{url}: median {median:F1} ms");
        Assert.True(median < 100, $"{url} took {median:F1} ms");
    }
}
