using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using DanVanKb.Web.Tests.Checking;

namespace DanVanKb.Web.Tests.Api;

public class CheckApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static JsonElement Finding(JsonElement r, string kind) =>
        Assert.Single(r.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task A_wrong_date_a_wrong_symbol_form_and_an_unknown_plan_are_found_with_their_corrections()
    {
        var text = Drafts.ThreeErrors;
        var r = await Ok(await client.PostAsJsonAsync(Routes.ApiCheck, new { text }));
        Assert.Equal(3, r.GetProperty("findings").GetArrayLength());
        Assert.Equal(2, r.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(1, r.GetProperty("summary").GetProperty("warnings").GetInt32());

        var date = Finding(r, "WrongDate");
        Assert.Equal("03/6/2013", date.GetProperty("suggestion").GetString());
        Assert.StartsWith("Sai ngày: 25-NQ/TW ban hành ngày 03/6/2013, không phải 06/3/2013 (", date.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var replace = date.GetProperty("replace");
        Assert.Equal("06/3/2013", text[replace.GetProperty("start").GetInt32()..replace.GetProperty("end").GetInt32()]);
        Assert.Equal(4, date.GetProperty("line").GetInt32());
        Assert.Equal("25-NQ-TW-2013", date.GetProperty("documents")[0].GetProperty("slug").GetString());

        var symbol = Finding(r, "WrongSymbolForm");
        Assert.Equal("97-KH/TU", symbol.GetProperty("suggestion").GetString());
        replace = symbol.GetProperty("replace");
        Assert.Equal("97/KH-TU", text[replace.GetProperty("start").GetInt32()..replace.GetProperty("end").GetInt32()]);

        var unknown = Finding(r, "Unknown");
        Assert.Equal("777-KH/BDVTU", unknown.GetProperty("written").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("suggestion").ValueKind);
        Assert.StartsWith("Không có trong cơ sở dữ liệu", unknown.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_is_accepted_and_a_correct_citation_is_counted()
    {
        var r = await Ok(await client.PostAsync(Routes.ApiCheck, new StringContent("Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.", Encoding.UTF8, "text/plain")));
        Assert.Equal("Correct", Assert.Single(r.GetProperty("findings").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Equal(1, r.GetProperty("summary").GetProperty("correct").GetInt32());
    }

    public static TheoryData<string, string, string, int> BadInputs() => new()
    {
        { "application/json", "{\"text\": \"\"}", "Chưa có nội dung", 400 },
        { "application/json", "{\"van-ban\": \"x\"}", "Thiếu trường", 400 },
        { "application/json", "{\"text\": ", "JSON không hợp lệ", 400 },
        { "application/json", "[1, 2]", "Thiếu trường", 400 },
        { "text/plain", "   \n  ", "khoảng trắng", 400 },
        { "application/xml", "<text/>", "application/json", 415 },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_problem_not_a_failure(string type, string body, string says, int status)
    {
        var response = await client.PostAsync(Routes.ApiCheck, new StringContent(body, Encoding.UTF8, type));
        await AssertProblem(response, status, says);
    }

    [Fact]
    public async Task A_draft_over_2_MB_is_refused_with_the_limit()
    {
        var text = new string('a', 2 * 1024 * 1024 + 1);
        await AssertProblem(await client.PostAsJsonAsync(Routes.ApiCheck, new { text }), 400, "tối đa 2 MB");
        await AssertProblem(await client.PostAsync(Routes.ApiCheck, new ByteArrayContent(new byte[9 * 1024 * 1024]) { Headers = { { "Content-Type", "text/plain" } } }), 400, "tối đa 2 MB");
    }

    [Fact]
    public async Task The_document_twin_carries_the_official_citation_its_short_form_and_how_far_to_trust_it()
    {
        var d = await Ok(await client.GetAsync(Routes.ApiDocument("25-NQ-TW-2013")));
        var citation = d.GetProperty("citation");
        Assert.StartsWith("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về ", citation.GetProperty("full").GetString(), StringComparison.Ordinal);
        Assert.Equal("Nghị quyết số 25-NQ/TW", citation.GetProperty("short").GetString());
        Assert.StartsWith("3 báo cáo trích dẫn; 3/3 lần ghi ngày là 03/6/2013", citation.GetProperty("trust").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertProblem(HttpResponseMessage response, int status, string says)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Contains(says, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
