using System.Net;
using System.Text.Json;

namespace DanVanKb.Web.Tests.Api;

public class ApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    private async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Search_resolves_a_symbol_and_returns_highlighted_hits_with_counts()
    {
        var r = await Json(Routes.ApiSearch("nq 25"));
        Assert.Equal("25-NQ-TW-2013", r.GetProperty("symbolMatches")[0].GetProperty("slug").GetString());
        var text = await Json(Routes.ApiSearch("dan van kheo"));
        Assert.True(text.GetProperty("total").GetInt32() > 0);
        Assert.Contains(text.GetProperty("hits").EnumerateArray(), h => h.GetProperty("highlights").EnumerateArray().Any(x => x.GetString() == "Dân"));
        Assert.True(text.GetProperty("facets").GetProperty("type").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Document_lists_what_implements_it_with_evidence()
    {
        var d = await Json(Routes.ApiDocument("25-NQ-TW-2013"));
        Assert.Equal("25-NQ/TW", d.GetProperty("document").GetProperty("symbol").GetString());
        Assert.Contains(d.GetProperty("actedOnBy").EnumerateArray(), r =>
            r.GetProperty("type").GetString() == "implements" && r.GetProperty("url").GetString()!.Contains("#L13", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tree_goes_down_two_levels()
    {
        var t = await Json(Routes.ApiTree("18-CTr-TU-2013"));
        var child = t.GetProperty("down").GetProperty("children")[0];
        Assert.Equal("45-KH-HU-2013", child.GetProperty("slug").GetString());
        Assert.Equal("12-KH-DU-2013", child.GetProperty("children")[0].GetProperty("slug").GetString());
        Assert.Equal("25-NQ-TW-2013", t.GetProperty("up").GetProperty("children")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Source_returns_text_and_mentions()
    {
        var search = await Json(Routes.ApiSearch("Hàm Yên"));
        var url = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!).First(u => u.StartsWith("/nguon/", StringComparison.Ordinal));
        var id = url["/nguon/".Length..url.IndexOf('#', StringComparison.Ordinal)];
        var s = await Json(Routes.ApiSource(id));
        Assert.Contains("BÁO CÁO", s.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(s.GetProperty("mentions").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("/api/documents/khong-co", 404)]
    [InlineData("/api/documents/khong-co/tree", 404)]
    [InlineData("/api/sources/khong-co", 404)]
    [InlineData("/api/khong-co", 404)]
    [InlineData("/api/search?q=x&page=0", 400)]
    [InlineData("/api/search?q=x&page=abc", 400)]
    public async Task Errors_have_one_shape(string url, int status)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_malformed_query_is_answered_not_failed()
    {
        var r = await Json(Routes.ApiSearch("\"dân vận (khéo"));
        Assert.True(r.GetProperty("plainTermFallback").GetBoolean());
    }
}
