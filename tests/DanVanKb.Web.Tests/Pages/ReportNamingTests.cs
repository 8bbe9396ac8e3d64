using System.Net;
using System.Text.Json;

using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>Wherever the site points at a report it names it as staff do (type, số hiệu, date, issuer,
/// title), with its file relative to the folder ingested as a detail; never by a server path.</summary>
public class ReportNamingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Province = "Báo cáo số 412-BC/TU ngày 10/5/2023 của Tỉnh ủy Tuyên Quang";
    private const string Commune = "Báo cáo số 58-BC/ĐU ngày 12/5/2023 của Đảng ủy xã Thái Sơn";

    private readonly HttpClient client = site.CreateClient();

    private async Task<string> Get(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(site.Kb.Root, body, StringComparison.Ordinal);
        return body;
    }

    private string SourceOf(string file)
    {
        using var reader = new KbReader(site.Kb.Paths);
        return reader.Sources().Single(s => s.File == file).Id;
    }

    [Fact]
    public async Task Names_report_by_its_number_in_search_results_and_groups_its_passages()
    {
        var html = await Get(Routes.Search("dân vận khéo"));

        Assert.Contains($">{Province}</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"file\" title=\"Tệp, tính từ thư mục đã nạp\">01_tinh-uy.txt</span>", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, $">{Province}</a>")); // its three passages are one entry
        Assert.Contains("đoạn khác trong báo cáo này</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_passages_of_a_report_open_from_its_entry()
    {
        var html = await Get(Routes.Search("dân vận khéo", report: SourceOf("01_tinh-uy.txt")));

        Assert.Contains("id=\"in-report\"", html, StringComparison.Ordinal);
        Assert.True(Count(html, "class=\"hit hit-passage\"") >= 2);
        Assert.DoesNotContain("đoạn khác trong báo cáo này", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_report_by_its_number_in_a_documents_variants_mentions_and_evidence()
    {
        var html = await Get(Routes.Document("45-KH-HU-2013"));

        var variants = html[html.IndexOf("Các cách ghi trong báo cáo", StringComparison.Ordinal)..html.IndexOf("id=\"len-tren\"", StringComparison.Ordinal)];
        Assert.Contains($">{Commune}</a>", variants, StringComparison.Ordinal);
        var mentions = html[html.IndexOf("Các lần được nhắc đến", StringComparison.Ordinal)..];
        Assert.Contains($">{Commune}</a>", mentions, StringComparison.Ordinal);
        Assert.Contains(">03_dang-uy-xa.txt</span>", mentions, StringComparison.Ordinal);
        Assert.Contains($"title=\"{Commune}, dòng 13: ", html, StringComparison.Ordinal); // the evidence link says whose line it is
    }

    [Fact]
    public async Task The_source_page_is_titled_by_the_reports_name_with_its_file_as_a_detail()
    {
        var html = await Get(Routes.Source(SourceOf("01_tinh-uy.txt")));

        Assert.Contains($"<title>{Province} · ", html, StringComparison.Ordinal);
        Assert.Contains($"<h1 id=\"report-name\">{Province}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI</p>", html, StringComparison.Ordinal);
        Assert.Contains(">01_tinh-uy.txt</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_a_number_is_named_khong_so()
    {
        var html = await Get(Routes.Source(SourceOf("04_ubnd-xa.txt")));

        Assert.Contains("<h1 id=\"report-name\">Báo cáo không số ngày 01/6/2023 của Ủy ban nhân dân xã Thái Sơn</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_twins_name_reports_the_same_way()
    {
        var search = JsonDocument.Parse(await Get(Routes.ApiSearch("dân vận khéo"))).RootElement;
        var hit = search.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("kind").GetString() == "passage"
            && h.GetProperty("report").GetProperty("name").GetString() == Province);
        Assert.Equal("01_tinh-uy.txt", hit.GetProperty("file").GetString());
        Assert.True(hit.GetProperty("moreInReport").GetInt32() > 0);

        var source = JsonDocument.Parse(await Get(Routes.ApiSource(SourceOf("03_dang-uy-xa.txt")))).RootElement;
        Assert.Equal(Commune, source.GetProperty("name").GetString());
        Assert.Equal("03_dang-uy-xa.txt", source.GetProperty("file").GetString());

        var doc = JsonDocument.Parse(await Get(Routes.ApiDocument("45-KH-HU-2013"))).RootElement;
        Assert.Contains(doc.GetProperty("variants").EnumerateArray().SelectMany(v => v.GetProperty("sources").EnumerateArray()),
            s => s.GetProperty("name").GetString() == Commune && s.GetProperty("file").GetString() == "03_dang-uy-xa.txt");
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
