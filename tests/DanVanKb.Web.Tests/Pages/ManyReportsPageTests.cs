using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>A resolution reviewed by 55 commune reports, each of which also says that a conclusion continues
/// it: the resolution's page lists each fact once with its first few reports as evidence, and lists the
/// reviews up to its budget with a count of the rest, instead of one link per report.</summary>
public sealed partial class ManyReportsPageTests(ManyReportsPageTests.ReviewsSite site) : IClassFixture<ManyReportsPageTests.ReviewsSite>
{
    public const int Reports = 55;

    private static string Report(int i) => string.Create(CultureInfo.InvariantCulture, $"""
        ĐẢNG ỦY XÃ AN PHÚ
        Số {i}-BC/ĐU
        An Phú, ngày {1 + (i % 28)} tháng 6 năm 2023
        BÁO CÁO
        Sơ kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI

        Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW được quán triệt đến toàn thể cán bộ, đảng viên.
        """);

    public sealed class ReviewsSite() : KbSite(new KnowledgeBase(folder =>
    {
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= Reports; i++)
            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"bc-{i:00}.txt")), Report(i));
        return [folder];
    }));

    private readonly HttpClient client = site.CreateClient();

    private async Task<string> ResolutionPage()
    {
        var response = await client.GetAsync(Routes.Document("25-NQ-TW-2013"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("class=\"evidence-link\"")]
    private static partial Regex EvidenceLink();

    [Fact]
    public async Task A_fact_stated_by_every_report_shows_its_first_reports_and_counts_the_rest()
    {
        var html = await ResolutionPage();
        var down = html[html.IndexOf("id=\"xuong-duoi\"", StringComparison.Ordinal)..];
        down = down[..down.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("/van-ban/43-KL-TW-2019", down, StringComparison.Ordinal);
        Assert.Equal(3, EvidenceLink().Count(down));
        Assert.Contains($"và {Reports - 3} báo cáo khác cũng nêu", down, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviews_by_many_reports_are_listed_up_to_the_budget_with_a_count_of_the_rest()
    {
        var html = await ResolutionPage();
        var other = html[html.IndexOf("<h2>Quan hệ khác</h2>", StringComparison.Ordinal)..];
        other = other[..other.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Equal(50, EvidenceLink().Count(other));
        Assert.Contains($"… và {Reports - 50} quan hệ khác", other, StringComparison.Ordinal);
    }
}
