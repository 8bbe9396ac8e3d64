using DanVanKb.Core.Extraction;
using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Identity;

public class GraphBuilderTests
{
    private static KnowledgeGraph Build(params string[] reports) =>
        GraphBuilder.Build([.. reports.Select((t, i) => new SourceExtraction($"src-{i}", $"r{i}.txt", Extractor.Extract(t)))]);

    [Fact]
    public void Picks_the_date_independent_reports_agree_on_and_keeps_the_miscitations_as_variants()
    {
        var g = Build(
            "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.",
            "Quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.",
            "Triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2016 của Ban Chấp hành Trung ương Đảng khóa XI.",
            "Học tập Nghị quyết số 25-NQ/TW ngày 06/3/2013 của BCH Trung ương.");
        var d = Assert.Single(g.Documents, x => x.Symbol?.Canonical == "25-NQ/TW");
        Assert.Equal("2013-06-03", d.Date?.ToIso());
        Assert.True(d.Conflict);
        Assert.Equal(["2013-03-06", "2013-06-03", "2016-06-03"], d.Variants.Select(v => v.Date?.ToIso()).Order());
        Assert.Equal(2, d.Variants.Single(v => v.Date?.ToIso() == "2013-06-03").Sources.Count);
    }

    [Fact]
    public void Keeps_two_documents_that_only_share_a_number()
    {
        var g = Build(
            "Đề án số 06-ĐA/TU ngày 14/12/2017 của BTV Tỉnh ủy về nâng cao hiệu quả phong trào “Dân vận khéo” giai đoạn 2018-2020.",
            "Đề án số 06-ĐA/TU ngày 03/02/2023 của BTV Tỉnh ủy về nâng cao chất lượng, hiệu quả hoạt động của khối Dân vận cơ sở.");
        Assert.Equal(2, g.Documents.Count(x => x.Symbol?.Canonical == "06-ĐA/TU"));
    }

    [Fact]
    public void Takes_a_plan_known_by_its_number_written_with_and_without_a_leading_zero_for_one_document()
    {
        var g = Build(
            "Các chi bộ học tập Kế hoạch số 7 ngày 12/3/2021 của Ban Thường vụ Huyện ủy Yên Thành về công tác dân vận.",
            "Các chi bộ học tập Kế hoạch số 07 ngày 12/3/2021 của Ban Thường vụ Huyện ủy Yên Thành về công tác dân vận.");
        var plan = Assert.Single(g.Documents, x => x.Type == "Kế hoạch");
        Assert.Equal("2021-03-12", plan.Date?.ToIso());
    }

    [Fact]
    public void Keeps_apart_local_plans_with_one_symbol_from_different_districts()
    {
        var g = Build(
            "Trên đây là báo cáo của UBND huyện Bạch Thông.\n\nNgày 17/02/2022, UBND huyện Bạch Thông ban hành Kế hoạch số 35/KH-UBND về triển khai thực hiện Chỉ thị số 33/CT-TTg.",
            "Trên đây là báo cáo của UBND huyện Chợ Mới.\n\nKế hoạch số 35/KH-UBND ngày 02/3/2022 của UBND huyện Chợ Mới về thực hiện Chỉ thị số 33/CT-TTg.");
        var plans = g.Documents.Where(x => x.Symbol?.Canonical == "35/KH-UBND").ToList();
        Assert.Equal(2, plans.Count);
        Assert.Equal(["Bạch Thông", "Chợ Mới"], plans.Select(p => p.Locality).Order());
    }

    [Fact]
    public void Keeps_apart_two_places_plans_of_one_symbol_that_a_citation_without_issuer_agrees_with()
    {
        // the middle citation names no issuer and agrees with both on the year: it may join one of them, but
        // it does not make the province's plan and the commune's one document
        var g = Build(
            "Kế hoạch số 24/KH-UBND ngày 11/01/2022 của UBND tỉnh Cà Mau về thực hiện Chỉ thị số 33/CT-TTg.",
            "Năm 2022, thực hiện Kế hoạch số 24/KH-UBND ngày 20/01/2022 về công tác dân vận.",
            "Kế hoạch số 24/KH-UBND ngày 02/3/2022 của Ủy ban nhân dân xã Lam Hạ về thực hiện Kế hoạch số 51/KH-UBND của UBND huyện Cát Phúc.");
        var plans = g.Documents.Where(x => x.Symbol?.Canonical == "24/KH-UBND").ToList();
        Assert.Contains(plans, p => p.Locality == "Cà Mau" && p.Date?.ToIso() == "2022-01-11");
        Assert.Contains(plans, p => p.Locality == "Lam Hạ" && p.Date?.ToIso() == "2022-03-02");
    }

    [Fact]
    public void Links_a_report_with_a_blank_number_to_the_document_another_report_cites()
    {
        var directive = "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Bắc Kạn\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nCơ quan: Tỉnh ủy Bắc Kạn\nThời gian ký: 09/02/2022 09:29:19\n";
        var citing = "Trên đây là báo cáo của Thành ủy Bắc Kạn về tình hình ở tỉnh Bắc Kạn.\n\nKế hoạch 50-KH/ĐUCATP ngày 04/5/2022 về triển khai thực hiện Chỉ thị 15-CT/TU ngày 08/02/2022 của BTV Tỉnh ủy về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh.";
        var g = Build(directive, citing);
        var d = Assert.Single(g.Documents, x => x.Symbol?.Canonical == "15-CT/TU");
        Assert.Equal(["src-0"], d.OwnOf);
        Assert.False(d.CitedOnly);
    }

    [Fact]
    public void Gives_the_same_ids_for_the_same_reports()
    {
        var report = "Kế hoạch số 48-KH/TU ngày 04/11/2016 về triển khai thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư.";
        var a = Build(report);
        var b = Build(report);
        Assert.Equal(a.Documents.Select(d => d.Id), b.Documents.Select(d => d.Id));
        var rel = Assert.Single(a.Relations);
        Assert.Equal(RelationType.Implements, rel.Type);
        Assert.Equal("48-KH/TU", a.Documents.Single(d => d.Id == rel.From).Symbol?.Canonical);
    }

    [Fact]
    public void Merges_two_symbols_written_for_one_plan_of_one_day_and_keeps_another_day_apart()
    {
        var g = Build(
            "Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
            "Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
            "Kế hoạch số 12/KH-SNV ngày 18/6/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.");
        var merged = Assert.Single(g.Documents, d => d.Variants.Any(v => v.Symbol == "12/KH-BCĐ"));
        Assert.Equal(["12/KH-BCĐ", "12/KH-UBND"], merged.Variants.Select(v => v.Symbol).Order(StringComparer.Ordinal));
        Assert.Equal("2021-03-05", merged.Date?.ToIso());
        var apart = Assert.Single(g.Documents, d => d.Symbol?.Canonical == "12/KH-SNV");
        Assert.Equal("2021-06-18", apart.Date?.ToIso());
    }

    [Fact]
    public void Merges_a_spelling_that_shares_its_day_only_with_a_spelling_merged_before_it()
    {
        // 12/KH-UBND is written with both days, 12/KH-BCĐ with the first, 12/KH-SNV with the second: one plan
        var g = Build(
            "Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
            "Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
            "Kế hoạch số 12/KH-UBND ngày 18/6/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.",
            "Kế hoạch số 12/KH-SNV ngày 18/6/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg.");
        var plan = Assert.Single(g.Documents, d => d.Number == "12");
        Assert.Equal(["12/KH-BCĐ", "12/KH-SNV", "12/KH-UBND"], plan.Variants.Select(v => v.Symbol).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Does_not_link_a_report_with_a_blank_number_to_a_document_of_another_province()
    {
        var directive = "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Cao Bằng\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nCơ quan: Tỉnh ủy Cao Bằng\nThời gian ký: 09/02/2022 09:29:19\n";
        var citing = "Trên đây là báo cáo của Thành ủy Bắc Kạn về tình hình ở tỉnh Bắc Kạn.\n\nKế hoạch 50-KH/ĐUCATP ngày 04/5/2022 về triển khai thực hiện Chỉ thị 15-CT/TU ngày 08/02/2022 của BTV Tỉnh ủy về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh.";
        var g = Build(directive, citing);
        var cited = Assert.Single(g.Documents, x => x.Symbol?.Canonical == "15-CT/TU");
        Assert.Empty(cited.OwnOf);
        Assert.Contains(g.Documents, d => d.OwnOf.Contains("src-0") && d.Symbol is null);
    }

    [Fact]
    public void Maps_a_reports_relations_once_each_and_drops_those_between_local_documents_that_became_one()
    {
        var span = new SourceSpan(0, 10, 1, 1);
        var documentOf = new Dictionary<(string Source, string Local), string>
        {
            [("src-a", "d1")] = "doc-plan",
            [("src-a", "d2")] = "doc-resolution",
            [("src-a", "d3")] = "doc-resolution",
            [("src-b", "d1")] = "doc-other",
        };
        Relation Implements(string from, string to) => new(from, to, RelationType.Implements, "Kế hoạch … thực hiện Nghị quyết …", span);
        var mapped = GraphBuilder.RelationsOf("src-a", [Implements("d1", "d2"), Implements("d1", "d3"), Implements("d2", "d3"), Implements("d1", "d9")], documentOf).ToList();
        var only = Assert.Single(mapped);
        Assert.Equal(("doc-plan", "doc-resolution", "src-a"), (only.From, only.To, only.Source));
    }
}
