using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

using DanVanKb.Storage.Reading;
using DanVanKb.Web.Tests.Browser;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>"Tải tệp gốc" on the source page: the original bytes as an attachment under their name, and for
/// a legacy 8-bit file the original read as Windows-1252 beside the converted text; the JSON twin too.</summary>
public partial class OriginalFileTests(OriginalsSite site) : IClassFixture<OriginalsSite>
{
    private readonly HttpClient client = site.CreateClient();

    [GeneratedRegex("<tr><th class=\"ln\">(\\d+)</th><td class=\"from\">(.*?)</td><td class=\"to\">(.*?)</td></tr>")]
    private static partial Regex ComparedRow();

    private string IdOf(string name)
    {
        using var reader = new KbReader(site.Kb.Paths);
        return reader.Sources().Single(s => Path.GetFileName(s.File) == name).Id;
    }

    [Theory]
    [InlineData(OriginalsSite.Utf8Name, "text/plain; charset=utf-8")]
    [InlineData(OriginalsSite.Utf16Name, "text/plain; charset=utf-16le")]
    public async Task The_original_downloads_byte_for_byte_as_an_attachment_under_its_name(string name, string type)
    {
        var response = await client.GetAsync(Routes.SourceOriginal(IdOf(name)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Folder, name)), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(name, disposition.FileNameStar ?? disposition.FileName?.Trim('"'));
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_legacy_8_bit_original_downloads_without_a_charset_it_does_not_have()
    {
        var response = await client.GetAsync(Routes.SourceOriginal(OriginalsSite.LegacyId));
        Assert.Equal(site.LegacyBytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(OriginalsSite.LegacyName, response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
    }

    [Fact]
    public async Task The_source_page_offers_the_download_and_shows_a_utf8_report_without_a_comparison()
    {
        var id = IdOf(OriginalsSite.Utf8Name);
        var html = await Page(id);
        Assert.Contains($"<a class=\"download\" href=\"{Routes.SourceOriginal(id)}\">Tải tệp gốc</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("side-by-side", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"conversion\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf16_report_says_it_was_converted_and_needs_no_comparison()
    {
        var html = await Page(IdOf(OriginalsSite.Utf16Name));
        Assert.Contains("Tải tệp gốc", html, StringComparison.Ordinal);
        Assert.Contains("Tệp gốc mã hóa utf-16le (BOM)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("side-by-side", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_8_bit_report_shows_the_original_read_as_windows_1252_beside_the_converted_text()
    {
        var html = await Page(OriginalsSite.LegacyId);
        Assert.Contains("Tệp gốc dùng bảng mã cũ (tcvn3)", html, StringComparison.Ordinal);
        var rows = ComparedRow().Matches(html).Select(m => (Line: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            From: WebUtility.HtmlDecode(m.Groups[2].Value), To: WebUtility.HtmlDecode(m.Groups[3].Value))).ToList();
        var lines = OriginalsSite.LegacyText.Split('\n');
        Assert.Equal(lines.Length, rows.Count);
        // line 2 as written in TCVN3 and as read by a program that does not know TCVN3, beside the Unicode text
        var (line, from, to) = rows[1];
        Assert.Equal(2, line);
        Assert.Equal(lines[1], to);
        Assert.Equal("KÕ ho¹ch sè 12-KH/§U ngµy 20/9/2013 cña §¶ng ñy x· vÒ thùc hiÖn NghÞ quyÕt sè 25-NQ/TW ngµy 03/6/2013.", from);
        Assert.Equal(Encoding.Latin1.GetString(OriginalsSite.Tcvn3(lines[1])), from); // these bytes are all outside 0x80–0x9F, where 1252 is Latin-1
    }

    [Fact]
    public async Task The_json_twin_carries_the_original_and_the_windows_1252_reading()
    {
        var legacy = await Json(Routes.ApiSource(OriginalsSite.LegacyId));
        var original = legacy.GetProperty("original");
        Assert.Equal(Routes.SourceOriginal(OriginalsSite.LegacyId), original.GetProperty("url").GetString());
        Assert.Equal("8-bit", original.GetProperty("kind").GetString());
        Assert.True(original.GetProperty("converted").GetBoolean());
        Assert.Equal(site.LegacyBytes.Length, original.GetProperty("bytes").GetInt64());
        Assert.StartsWith("Tr\u00AAn \u00AE\u00A9y", original.GetProperty("windows1252").GetString(), StringComparison.Ordinal);
        Assert.Equal("tcvn3", legacy.GetProperty("encoding").GetString());

        var utf8 = (await Json(Routes.ApiSource(IdOf(OriginalsSite.Utf8Name)))).GetProperty("original");
        Assert.False(utf8.GetProperty("converted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, utf8.GetProperty("windows1252").ValueKind);
        Assert.Equal(OriginalsSite.Utf8Name, utf8.GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("/nguon/khong-co/tep-goc")]
    [InlineData("/nguon/src-000000000000/tep-goc")]
    public async Task An_unknown_report_has_no_original(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_knowledge_base_from_before_originals_is_served_and_says_the_original_was_not_stored()
    {
        var kb = KnowledgeBase.FromTestCorpus();
        using (var c = new SqliteConnection($"Data Source={kb.Paths.Database};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE originals"; // a version-1 database written before originals were kept
            cmd.ExecuteNonQuery();
        }
        await using var live = await LiveSite.Start(kb);
        using var http = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
        string id;
        using (var reader = new KbReader(kb.Paths)) id = reader.Sources()[0].Id;
        var page = await http.GetAsync(Routes.Source(id));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tệp gốc chưa được lưu", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(Routes.SourceOriginal(id))).StatusCode);
        var json = JsonDocument.Parse(await http.GetStringAsync(Routes.ApiSource(id))).RootElement;
        Assert.Equal(JsonValueKind.Null, json.GetProperty("original").ValueKind);
    }

    private async Task<string> Page(string id)
    {
        var response = await client.GetAsync(Routes.Source(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> Json(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
