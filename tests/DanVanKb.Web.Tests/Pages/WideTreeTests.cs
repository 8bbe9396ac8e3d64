using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>A central resolution implemented by 12 provincial plans, each implemented by 25 district plans
/// (312 documents under it): more than a page draws, so the pages show the top of the tree with counts.</summary>
public sealed class WideTreeSite() : KbSite(new KnowledgeBase(Write))
{
    public const int Provinces = 12;
    public const int DistrictsPerProvince = 25;

    private static readonly string[] ProvinceNames =
        ["An Giang", "Bắc Ninh", "Cà Mau", "Điện Biên", "Gia Lai", "Hà Nam", "Kon Tum", "Lai Châu", "Nam Định", "Ninh Bình", "Phú Yên", "Quảng Trị"];

    // district names unique across provinces: first syllable by province, second by district
    private static readonly string[] First = ["Tân", "Phú", "Bình", "An", "Hòa", "Long", "Mỹ", "Thạnh", "Vĩnh", "Đức", "Lạc", "Hưng"];
    private static readonly string[] Second =
        ["Sơn", "Thủy", "Lâm", "Điền", "Xuân", "Hạ", "Thu", "Đông", "Tây", "Nam", "Bắc", "Trung", "Lộc", "Phước", "Thọ", "Khang", "Ninh", "Yên", "Hải", "Giang", "Thành", "Lợi", "Nghĩa", "Tiến", "Quang"];

    private static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        for (var p = 0; p < Provinces; p++)
        {
            var province = ProvinceNames[p];
            var plan = 100 + p;
            File.WriteAllText(Path.Combine(folder, $"tinh-{p:D2}.txt"), $"""
                ĐẢNG BỘ TỈNH {province.ToUpper(CultureInfo.InvariantCulture)}
                TỈNH ỦY
                *
                Số {500 + p}-BC/TU

                {province}, ngày 10 tháng 5 năm 2023

                BÁO CÁO
                kết quả thực hiện Nghị quyết số 77-NQ/TW ngày 15/3/2021 của Bộ Chính trị

                Ngày 02/4/2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số {plan}-KH/TU thực hiện Nghị quyết số 77-NQ/TW ngày 15/3/2021 của Bộ Chính trị về công tác dân vận.
                """, Encoding.UTF8);
            for (var d = 0; d < DistrictsPerProvince; d++)
            {
                var district = $"{First[p]} {Second[d]}";
                File.WriteAllText(Path.Combine(folder, $"huyen-{p:D2}-{d:D2}.txt"), $"""
                    ĐẢNG BỘ TỈNH {province.ToUpper(CultureInfo.InvariantCulture)}
                    HUYỆN ỦY {district.ToUpper(CultureInfo.InvariantCulture)}
                    *
                    Số {600 + d}-BC/HU

                    {district}, ngày 12 tháng 5 năm 2023

                    BÁO CÁO
                    kết quả thực hiện Kế hoạch số {plan}-KH/TU của Ban Thường vụ Tỉnh ủy

                    Ngày 20/4/2021, Ban Thường vụ Huyện ủy ban hành Kế hoạch số {40 + d}-KH/HU thực hiện Kế hoạch số {plan}-KH/TU ngày 02/4/2021 của Ban Thường vụ Tỉnh ủy {province}.

                    Nội dung Nghị quyết số 77-NQ/TW ngày 15/3/2021 của Bộ Chính trị đã được phổ biến đến các chi bộ.
                    """, Encoding.UTF8);
            }
        }
        return [folder];
    }
}

public sealed partial class WideTreeTests(WideTreeSite site) : IClassFixture<WideTreeSite>
{
    private const int Under = WideTreeSite.Provinces * (1 + WideTreeSite.DistrictsPerProvince);

    private readonly HttpClient client = site.CreateClient();

    [GeneratedRegex("class=\"doc implemented-by\"")]
    private static partial Regex TreeEntry();

    [Fact]
    public async Task Document_page_counts_every_plan_below_and_draws_only_the_top_of_the_tree()
    {
        var html = await client.GetStringAsync(Routes.Document("77-NQ-TW-2021"));

        Assert.Contains($"Xuống dưới: các văn bản thực hiện ({Under})", html, StringComparison.Ordinal);
        var drawn = TreeEntry().Count(html);
        Assert.InRange(drawn, WideTreeSite.Provinces, Web.Knowledge.DocumentView.TreeBudget + 1);
        Assert.Contains("văn bản thực hiện khác (tổng 25 dưới văn bản này)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tree_api_cuts_at_the_limit_and_reports_sizes()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(Routes.ApiDocument("77-NQ-TW-2021") + "/tree?limit=50"));
        var down = json.RootElement.GetProperty("down");

        Assert.Equal(Under, down.GetProperty("size").GetInt32());
        Assert.Equal(WideTreeSite.Provinces, down.GetProperty("children").GetArrayLength());
        var province = down.GetProperty("children")[0];
        Assert.Equal(WideTreeSite.DistrictsPerProvince, province.GetProperty("size").GetInt32());
        var shown = province.GetProperty("children").GetArrayLength();
        Assert.Equal(WideTreeSite.DistrictsPerProvince - shown, province.GetProperty("omitted").GetInt32());
    }

    [Fact]
    public async Task Full_tree_is_available_on_request()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(Routes.ApiDocument("77-NQ-TW-2021") + "/tree?limit=10000"));
        var down = json.RootElement.GetProperty("down");

        Assert.All(down.GetProperty("children").EnumerateArray(), p =>
        {
            Assert.Equal(0, p.GetProperty("omitted").GetInt32());
            Assert.Equal(WideTreeSite.DistrictsPerProvince, p.GetProperty("children").GetArrayLength());
        });
    }

    [Fact]
    public async Task Document_api_counts_every_citing_report_and_lists_the_first_hundred()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(Routes.ApiDocument("77-NQ-TW-2021")));
        var variant = json.RootElement.GetProperty("variants")[0];

        Assert.Equal(Under, variant.GetProperty("sourceCount").GetInt32()); // 12 provincial and 300 district reports cite it
        Assert.Equal(100, variant.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Hierarchy_lists_localities_with_counts_when_a_level_holds_more_than_a_page()
    {
        var response = await client.GetAsync(Routes.Hierarchy("district"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("chọn một địa phương để xem từng văn bản", html, StringComparison.Ordinal);
    }
}
