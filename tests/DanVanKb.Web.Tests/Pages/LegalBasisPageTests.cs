using System.Net;
using System.Text;
using System.Text.Json;

using DanVanKb.Storage.Export;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>A provincial decision whose preamble names its legal bases, one of them a decree that amends another:
/// the pages list "Văn bản căn cứ" and "Văn bản sửa đổi, bổ sung" apart from the implementation tree, and the
/// JSON twin and the export carry based_on and amends.</summary>
public sealed class LegalBasisPageTests(LegalBasisPageTests.DecisionSite site) : IClassFixture<LegalBasisPageTests.DecisionSite>
{
    public const string Decision = """
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        Số: 25/2024/QĐ-UBND | Tuyên Quang, ngày 12 tháng 7 năm 2024 |
        QUYẾT ĐỊNH
        Ban hành Quy định đánh giá, xếp loại cán bộ, công chức trên địa bàn tỉnh Tuyên Quang
        ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
        Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;
        Căn cứ Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức;
        Căn cứ Nghị định số 48/2023/NĐ-CP ngày 17 tháng 7 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP ngày 13 tháng 8 năm 2020 của Chính phủ;
        Căn cứ Quyết định số 1847/QĐ-TTg ngày 27 tháng 12 năm 2018 của Thủ tướng Chính phủ phê duyệt Đề án văn hóa công vụ;
        Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 95/TTr-SNV ngày 02 tháng 7 năm 2024.
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Quy định đánh giá, xếp loại cán bộ, công chức.
        """;

    /// <summary>The site over a knowledge base of that one decision.</summary>
    public sealed class DecisionSite() : KbSite(new KnowledgeBase(folder =>
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "qd-25-2024.txt"), Decision);
        return [folder];
    }));

    private readonly HttpClient client = site.CreateClient();

    private async Task<string> Get(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section #{id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_decision_page_lists_its_legal_bases_apart_from_the_tree()
    {
        var html = await Get(Routes.Document("25-2024-QD-UBND-2024"));
        var bases = Section(html, "can-cu");
        Assert.Contains("Văn bản căn cứ (3)", bases, StringComparison.Ordinal);
        Assert.Contains("/van-ban/90-2020-ND-CP-2020", bases, StringComparison.Ordinal);
        Assert.Contains("/van-ban/48-2023-ND-CP-2023", bases, StringComparison.Ordinal);
        Assert.Contains("/van-ban/1847-QD-TTg-2018", bases, StringComparison.Ordinal);
        Assert.DoesNotContain("95-TTr-SNV", bases, StringComparison.Ordinal); // "Theo đề nghị" is not a basis
    }

    [Fact]
    public async Task The_amended_decree_lists_what_amends_it_and_what_it_is_the_basis_of()
    {
        var html = await Get(Routes.Document("90-2020-ND-CP-2020"));
        Assert.Contains("/van-ban/48-2023-ND-CP-2023", Section(html, "sua-doi-bo-sung"), StringComparison.Ordinal);
        Assert.Contains("/van-ban/25-2024-QD-UBND-2024", Section(html, "la-can-cu"), StringComparison.Ordinal);
        var amending = await Get(Routes.Document("48-2023-ND-CP-2023"));
        Assert.Contains("/van-ban/90-2020-ND-CP-2020", Section(amending, "sua-doi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_twin_groups_bases_and_amendments_with_their_evidence()
    {
        using var doc = JsonDocument.Parse(await Get(Routes.ApiDocument("90-2020-ND-CP-2020")));
        var related = doc.RootElement.GetProperty("related");
        var amendedBy = Assert.Single(related.GetProperty("sua-doi-bo-sung").EnumerateArray());
        Assert.Equal("amends", amendedBy.GetProperty("type").GetString());
        Assert.Equal("sửa đổi, bổ sung", amendedBy.GetProperty("label").GetString());
        Assert.Contains("sửa đổi, bổ sung một số điều của Nghị định số 90/2020/NĐ-CP", amendedBy.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal("based_on", Assert.Single(related.GetProperty("la-can-cu").EnumerateArray()).GetProperty("type").GetString());
    }

    [Fact]
    public void The_export_carries_based_on_and_amends_between_the_right_documents()
    {
        using var reader = new KbReader(site.Kb.Paths);
        using var ms = new MemoryStream();
        ExportWriter.Write(reader.Export(), ms);
        using var export = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        var symbolOf = export.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("symbol").GetString());
        var relations = export.RootElement.GetProperty("relations").EnumerateArray()
            .Select(r => (From: symbolOf[r.GetProperty("from").GetString()!], Type: r.GetProperty("type").GetString(), To: symbolOf[r.GetProperty("to").GetString()!]))
            .ToHashSet();
        Assert.Contains(("25/2024/QĐ-UBND", "based_on", "90/2020/NĐ-CP"), relations);
        Assert.Contains(("25/2024/QĐ-UBND", "based_on", "48/2023/NĐ-CP"), relations);
        Assert.Contains(("25/2024/QĐ-UBND", "based_on", "1847/QĐ-TTg"), relations);
        Assert.Contains(("48/2023/NĐ-CP", "amends", "90/2020/NĐ-CP"), relations);
        Assert.DoesNotContain(relations, r => r.To == "95/TTr-SNV");
    }
}
