using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace DanVanKb.Web.Tests.Hostile;

/// <summary>Queries built to break or stall the searcher get a result or a 400 with a message, each in
/// under two seconds, on the page and on its JSON twin.</summary>
public class HostileQueryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string> Queries() => new()
    {
        { "syntax error", "\"dân vận (khéo AND OR )) ]} ^^ ~~ :" },
        { "10,000 characters", string.Concat(Enumerable.Repeat("dân vận ", 1250)) },
        { "1,000 characters of words", string.Concat(Enumerable.Repeat("dân vận khéo ", 80))[..1000] },
        { "leading *", "*" },
        { "leading * word", "*vận" },
        { "leading ?", "?ân" },
        { "wildcards everywhere", "*a* *e* *o* ?n* d*n v*n" },
        { "nested parentheses", new string('(', 500) + "dân" + new string(')', 500) },
        { "unbalanced parentheses", new string('(', 900) },
        { "fuzzy", string.Join(' ', Enumerable.Range(0, 60).Select(i => "vận~2")) },
        { "range", "[a TO zzzzzz] OR {0 TO 99999999}" },
        { "regex", "/(a+)+b/" },
        { "regex bomb", "/((a|aa)*)*b/ /.*.*.*.*.*.*=/" },
        { "NUL and controls", "dân\0vận\u0001\u001b[31m\u007f khéo" },
        { "direction overrides", "\u202Edân vận\u202C \u2066khéo\u2069" },
        { "many OR clauses", string.Join(" OR ", Enumerable.Range(0, 200).Select(i => "từ" + i)) },
        { "boosts and fields", "text:dân^99999999 body:vận^0 id:* kind:[* TO *]" },
        { "only operators", "AND OR NOT - + && || !" },
        { "lone backslash", "\\" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_hostile_query_is_answered_or_refused_quickly(string name, string query)
    {
        var client = site.CreateClient();
        foreach (var url in new[] { Routes.ApiSearch(query), Routes.Search(query) })
        {
            var clock = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {clock.Elapsed.TotalSeconds:F1} s");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.BadRequest) continue;
            if (url.StartsWith("/api/", StringComparison.Ordinal))
                Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()), name);
            else Assert.Contains("id=\"search-refused\"", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_query_over_the_length_limit_is_refused_with_the_limit()
    {
        var response = await site.CreateClient().GetAsync(Routes.ApiSearch(new string('a', 10_000)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tối đa 1000 ký tự", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Controls_in_a_query_are_dropped_and_it_still_finds()
    {
        var r = JsonDocument.Parse(await site.CreateClient().GetStringAsync(Routes.ApiSearch("dân\0vận\u202E khéo"))).RootElement;
        Assert.True(r.GetProperty("total").GetInt32() > 0);
    }
}
