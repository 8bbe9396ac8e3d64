using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>The words that state a relation (domain.md, "Relations the graph records"), and lists that state none.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> RelationCues()
    {
        yield return new("continuing_measures_to_prevent_and_control_a_disease_under_a_directive_continues_it",
            "Đó là chỉ đạo của UBND tỉnh tại Công văn số 4079/UBND-KT ngày 19/6/2021 về việc tiếp tục thực hiện các biện pháp cấp bách để phòng, chống dịch COVID-19 theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.")
        {
            Documents = [Doc("4079/UBND-KT", "Công văn", "2021-06-19"), Doc("16/CT-TTg", "Chỉ thị", "2020-03-31", Central)],
            Relations = [Rel("4079/UBND-KT", Continues, "16/CT-TTg")],
        };

        yield return new("a_circular_guiding_a_decision_named_by_number_and_year_guides_it",
            "Thông tư số 09/2021/TT-BTP ngày 15/11/2021 của Bộ Tư pháp hướng dẫn thi hành Quyết định 25/2021 về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật; Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ được triển khai đến các xã.")
        {
            Documents = [Doc("09/2021/TT-BTP", "Thông tư", "2021-11-15", Central), Doc("25/2021/QĐ-TTg", "Quyết định", "2021-07-22", Central)],
            Relations = [Rel("09/2021/TT-BTP", Guides, "25/2021/QĐ-TTg")],
        };

        yield return new("a_decree_on_adjusting_and_supplementing_articles_of_another_amends_it",
            "Căn cứ Nghị định số 35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng lúa; Nghị định số 62/2019/NĐ-CP về điều chỉnh bổ sung một số điều của Nghị định số 35/2015/NĐ-CP;")
        {
            Documents = [Doc("35/2015/NĐ-CP", "Nghị định", "2015-04-13", Central), Doc("62/2019/NĐ-CP", "Nghị định", level: Central)],
            Relations = [Rel(Self, BasedOn, "35/2015/NĐ-CP"), Rel(Self, BasedOn, "62/2019/NĐ-CP"), Rel("62/2019/NĐ-CP", Amends, "35/2015/NĐ-CP")],
        };

        yield return new("a_plan_adjusting_funds_to_carry_out_a_resolution_carries_it_out_and_amends_nothing",
            "Căn cứ Kế hoạch số 20/KH-UBND ngày 10/3/2022 của UBND tỉnh về điều chỉnh, bổ sung nguồn vốn đầu tư công để thực hiện Nghị quyết số 12/NQ-HĐND ngày 05/01/2022 của HĐND tỉnh;")
        {
            Documents = [Doc("20/KH-UBND", "Kế hoạch", "2022-03-10", Province), Doc("12/NQ-HĐND", "Nghị quyết", "2022-01-05", Province)],
            Relations = [Rel(Self, BasedOn, "20/KH-UBND"), Rel("20/KH-UBND", Implements, "12/NQ-HĐND")],
        };

        yield return new("a_caption_run_into_the_next_sentence_leaves_its_lead_in_to_govern",
            "Tuyên truyền lưu động tại xã Xuân Hòa Thực hiện Kế hoạch số 44/KH-UBND ngày 23/02/2021 của UBND huyện, Phòng Tư pháp ban hành Kế hoạch số 02/KH-PTP ngày 19/3/2021 về tuyên truyền pháp luật về bầu cử.")
        {
            Documents = [Doc("44/KH-UBND", "Kế hoạch", "2021-02-23", District), Doc("02/KH-PTP", "Kế hoạch", "2021-03-19")],
            Relations = [Rel("02/KH-PTP", Implements, "44/KH-UBND")],
        };

        yield return new("leading_and_organising_the_carrying_out_of_a_resolution_implements_it",
            "Ban Thường vụ Thành ủy ban hành Chỉ thị số 41-CT/TU ngày 15/9/2020 về lãnh đạo, tổ chức triển khai thực hiện Nghị quyết số 119/2020/QH14 của Quốc hội.")
        {
            Documents = [Doc("41-CT/TU", "Chỉ thị", "2020-09-15"), Doc("119/2020/QH14", "Nghị quyết", level: Central)],
            Relations = [Rel("41-CT/TU", Implements, "119/2020/QH14")],
        };

        yield return new("a_directive_that_organises_a_conference_after_a_comma_does_not_implement_what_it_studies",
            "Ban Thường vụ Thành ủy ban hành Chỉ thị số 41-CT/TU ngày 15/9/2020 về công tác cán bộ, tổ chức hội nghị quán triệt Nghị quyết số 119/2020/QH14 của Quốc hội.")
        {
            Documents = [Doc("41-CT/TU", "Chỉ thị", "2020-09-15"), Doc("119/2020/QH14", "Nghị quyết", level: Central)],
            Relations = [Rel(Self, Implements, "119/2020/QH14")], // the text's own conference, not the directive
        };

        yield return new("a_cue_reaches_the_decision_that_set_up_the_project_it_names",
            "Căn cứ Chương trình hành động số 1379/CTr-BYT ngày 19/12/2017 của Bộ Y tế về việc triển khai thực hiện đề án Xây dựng và phát triển mạng lưới y tế cơ sở theo Quyết định 2348/QĐ-TTg ngày 05/12/2016 của Thủ tướng Chính phủ;")
        {
            Documents = [Doc("1379/CTr-BYT", "Chương trình", "2017-12-19", Central), Doc("2348/QĐ-TTg", "Quyết định", "2016-12-05", Central)],
            Relations = [Rel(Self, BasedOn, "1379/CTr-BYT"), Rel("1379/CTr-BYT", Implements, "2348/QĐ-TTg")],
        };

        yield return new("a_project_named_then_another_clause_does_not_reach_the_letter_it_cites",
            "Chương trình số 12/CTr-SYT ngày 10/3/2018 của Sở Y tế về triển khai thực hiện đề án Xây dựng và phát triển y tế cơ sở, theo đề nghị tại Công văn số 45/BYT-KH ngày 02/3/2018 của Bộ Y tế.")
        {
            Documents = [Doc("12/CTr-SYT", "Chương trình", "2018-03-10"), Doc("45/BYT-KH", "Công văn", "2018-03-02", Central)],
        };

        yield return new("cu_the_hoa_implements",
            "Chương trình hành động số 14-CTr/TU ngày 12/11/2013 của Ban Thường vụ Tỉnh ủy Nghệ An cụ thể hóa Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI phù hợp với tình hình của tỉnh.")
        {
            Documents =
            [
                Doc("14-CTr/TU", "Chương trình", "2013-11-12", Province, "Nghệ An"),
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central),
            ],
            Relations = [Rel("14-CTr/TU", Implements, "25-NQ/TW")],
        };

        yield return new("quan_triet_trien_khai_thuc_hien_implements",
            "Ngày 15/4/2022, Đảng ủy phường Cao Xanh ban hành Kế hoạch số 09-KH/ĐU về quán triệt, triển khai thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị trên địa bàn phường.")
        {
            Documents =
            [
                Doc("09-KH/ĐU", "Kế hoạch", "2022-04-15", Commune, "Cao Xanh", "Đảng ủy phường Cao Xanh"),
                Doc("01-KL/TW", "Kết luận", "2021-05-18", Central, issuer: "Bộ Chính trị"),
            ],
            Relations = [Rel("09-KH/ĐU", Implements, "01-KL/TW")],
        };

        yield return new("tiep_tuc_thuc_hien_continues_and_does_not_also_implement",
            "Ban Thường vụ Tỉnh ủy Quảng Ninh ban hành Kế hoạch số 112-KH/TU ngày 24/6/2019 về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI.")
        {
            Documents = [Doc("112-KH/TU", "Kế hoạch", "2019-06-24", Province), Doc("25-NQ/TW", "Nghị quyết", level: Central)],
            Relations = [Rel("112-KH/TU", Continues, "25-NQ/TW")],
        };

        yield return new("conclusion_continues_the_resolution",
            "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI được quán triệt sâu rộng trong toàn Đảng bộ huyện Cẩm Xuyên.")
        {
            Documents = [Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"), Doc("25-NQ/TW", "Nghị quyết", level: Central)],
            Relations = [Rel("43-KL/TW", Continues, "25-NQ/TW")],
        };

        // the cue sits in the conclusion's quoted title; "và" after the closing quote joins the next citation to
        // the conclusion, both carried out by the district plan, not to what the conclusion continues
        yield return new("cue_in_a_closed_quoted_title_does_not_reach_past_the_quote",
            "Thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về “Tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI về công tác dân vận” và Kế hoạch số 79-KH/TU ngày 27/01/2019 của Ban Thường vụ Tỉnh ủy Hà Tĩnh, Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch số 49-KH/HU ngày 05/3/2019.")
        {
            Documents =
            [
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("79-KH/TU", "Kế hoạch", "2019-01-27", Province, "Hà Tĩnh"),
                Doc("49-KH/HU", "Kế hoạch", "2019-03-05", District, "Can Lộc"),
            ],
            Relations =
            [
                Rel("43-KL/TW", Continues, "25-NQ/TW"),
                Rel("49-KH/HU", Implements, "43-KL/TW"),
                Rel("49-KH/HU", Implements, "79-KH/TU"),
            ],
        };

        // the same without quotes: the words alone cannot tell where the title ends, but a central
        // conclusion does not continue a province's plan (implementation runs down the levels)
        yield return new("cue_in_an_unquoted_title_does_not_make_a_central_document_carry_out_a_provincial_one",
            "Thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI về công tác dân vận và Chương trình hành động số 88-CTr/TU ngày 21/3/2019 của Ban Thường vụ Tỉnh ủy Nghệ An, Ban Thường vụ Huyện ủy Yên Thành ban hành Kế hoạch số 62-KH/HU ngày 07/4/2019.")
        {
            Documents =
            [
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("88-CTr/TU", "Chương trình", "2019-03-21", Province, "Nghệ An"),
                Doc("62-KH/HU", "Kế hoạch", "2019-04-07", District, "Yên Thành"),
            ],
            Relations =
            [
                Rel("43-KL/TW", Continues, "25-NQ/TW"),
                Rel("62-KH/HU", Implements, "43-KL/TW"),
                Rel("62-KH/HU", Implements, "88-CTr/TU"),
            ],
        };

        // near miss: the quotation is the resolution's own title, opened after the cue's object, so "và" still
        // joins the conclusion to what the plan carries out
        yield return new("cue_before_a_quoted_title_goes_on_past_the_quote",
            "Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch số 51-KH/HU ngày 12/3/2019 về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới” và Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.")
        {
            Documents =
            [
                Doc("51-KH/HU", "Kế hoạch", "2019-03-12", District, "Can Lộc"),
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central),
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"),
            ],
            Relations =
            [
                Rel("51-KH/HU", Continues, "25-NQ/TW"),
                Rel("51-KH/HU", Continues, "43-KL/TW"),
            ],
        };

        yield return new("nay_la_the_later_regulation_replaces_the_decision",
            "Các cấp ủy tiếp tục thực hiện tốt Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (nay là Quy định số 124-QĐi/TW ngày 10/10/2023 của Bộ Chính trị) về giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.")
        {
            Documents =
            [
                Doc("217-QĐ/TW", "Quyết định", "2013-12-12", Central),
                Doc("124-QĐi/TW", "Quy định", "2023-10-10", Central),
            ],
            Relations = [Rel("124-QĐi/TW", Replaces, "217-QĐ/TW")],
        };

        yield return new("nay_la_the_law_replaces_the_ordinance",
            "Huyện Mỹ Xuyên thực hiện tốt Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội (nay là Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15) về thực hiện dân chủ ở xã, phường, thị trấn.")
        {
            Documents =
            [
                Doc("34/2007/PL-UBTVQH11", "Pháp lệnh", "2007-04-20", Central),
                Doc("10/2022/QH15", "Luật", level: Central),
            ],
            Relations = [Rel("10/2022/QH15", Replaces, "34/2007/PL-UBTVQH11")],
        };

        yield return new("thay_the_replaces",
            "Quyết định số 1520/QĐ-UBND ngày 25/7/2022 của UBND tỉnh Lâm Đồng thay thế Quyết định số 2105/QĐ-UBND ngày 10/10/2019 của UBND tỉnh về kiện toàn Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh.")
        {
            Documents =
            [
                Doc("1520/QĐ-UBND", "Quyết định", "2022-07-25", Province, "Lâm Đồng"),
                Doc("2105/QĐ-UBND", "Quyết định", "2019-10-10", Province, "Lâm Đồng"),
            ],
            Relations = [Rel("1520/QĐ-UBND", Replaces, "2105/QĐ-UBND")],
        };

        yield return new("decision_that_ban_hanh_a_numbered_regulation_issues_it",
            "Ngày 12/5/2022, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Quyết định số 88-QĐ/TU ban hành Quy chế số 07-QC/TU về công tác dân vận của hệ thống chính trị tỉnh Hà Tĩnh.")
        {
            Documents =
            [
                Doc("88-QĐ/TU", "Quyết định", "2022-05-12", Province, "Hà Tĩnh", "Tỉnh ủy Hà Tĩnh"),
                Doc("07-QC/TU", "Quy chế", level: Province, locality: "Hà Tĩnh"),
            ],
            Relations = [Rel("88-QĐ/TU", Issues, "07-QC/TU")],
        };

        yield return new("guidance_that_huong_dan_thuc_hien_guides", GuidanceText)
        {
            Documents =
            [
                Doc("05-HD/BDVTU", "Hướng dẫn", "2022-05-20", Agency, "Hà Tĩnh"),
                Doc("07-QC/TU", "Quy chế", "2022-05-12", Province),
            ],
            Relations = [Rel("05-HD/BDVTU", Guides, "07-QC/TU")],
        };

        yield return new("guidance_issued_to_carry_out_a_plan_guides",
            "Ban Dân vận Huyện ủy Tam Nông ban hành Hướng dẫn số 03-HD/BDVHU ngày 10/9/2013 thực hiện Kế hoạch số 45-KH/HU ngày 12/8/2013 của Ban Thường vụ Huyện ủy.")
        {
            Documents =
            [
                Doc("03-HD/BDVHU", "Hướng dẫn", "2013-09-10", Agency),
                Doc("45-KH/HU", "Kế hoạch", "2013-08-12", District),
            ],
            Relations = [Rel("03-HD/BDVHU", Guides, "45-KH/HU")],
        };

        yield return new("plan_for_so_ket_reviews",
            "Ban Thường vụ Huyện ủy Mỹ Xuyên ban hành Kế hoạch số 145-KH/HU ngày 03/3/2023 về sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.")
        {
            Documents = [Doc("145-KH/HU", "Kế hoạch", "2023-03-03", District), Doc("43-KL/TW", "Kết luận", "2019-01-07", Central)],
            Relations = [Rel("145-KH/HU", Reviews, "43-KL/TW")],
        };

        yield return new("plan_for_tong_ket_reviews",
            "Kế hoạch số 156-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy Nghệ An về tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW được triển khai kịp thời.")
        {
            Documents = [Doc("156-KH/TU", "Kế hoạch", "2023-04-20", Province, "Nghệ An"), Doc("25-NQ/TW", "Nghị quyết", level: Central)],
            Relations = [Rel("156-KH/TU", Reviews, "25-NQ/TW")],
        };

        yield return new("plan_implements_every_document_joined_by_va",
            "Kế hoạch số 58-KH/HU ngày 28/4/2021 của Ban Thường vụ Huyện ủy Cẩm Xuyên về thực hiện Nghị quyết số 25-NQ/TW và Kết luận số 43-KL/TW trong tình hình mới.")
        {
            Documents =
            [
                Doc("58-KH/HU", "Kế hoạch", "2021-04-28", District, "Cẩm Xuyên"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("43-KL/TW", "Kết luận", level: Central),
            ],
            Relations = [Rel("58-KH/HU", Implements, "25-NQ/TW"), Rel("58-KH/HU", Implements, "43-KL/TW")],
        };

        yield return new("documents_listed_after_quan_triet_by_a_body_state_no_relation",
            "Ban Thường vụ Huyện ủy Nam Đàn đã lãnh đạo quán triệt Nghị quyết số 25-NQ/TW, Kết luận số 43-KL/TW và Chỉ thị số 05-CT/TW đến 100% cán bộ, đảng viên.")
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("43-KL/TW", "Kết luận", level: Central),
                Doc("05-CT/TW", "Chỉ thị", level: Central),
            ],
        };

        yield return new("a_circular_guides_the_decree_named_right_after_its_verb",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Nghị định số 45/2018/NĐ-CP ngày 2/4/2018 của Chính phủ về chính sách hỗ trợ;",
                "Căn cứ Thông tư số 12/2019/TT-BTC ngày 5/3/2019 của Bộ Tài chính hướng dẫn Nghị định số 45/2018/NĐ-CP ngày 2/4/2018 của Chính phủ;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents = [Doc("45/2018/NĐ-CP", "Nghị định", "2018-04-02", Central, mentions: 2), Doc("12/2019/TT-BTC", "Thông tư", "2019-03-05", Central)],
            Relations = [Rel(Self, BasedOn, "45/2018/NĐ-CP"), Rel(Self, BasedOn, "12/2019/TT-BTC"), Rel("12/2019/TT-BTC", Guides, "45/2018/NĐ-CP")],
        };

        yield return new("a_plan_reviewing_a_plenum_resolution_named_without_a_number_reviews_the_programme_after_its_comma",
            "Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), Chương trình hành động số 15-CTr/TU của Thành ủy về xây dựng, chỉnh đốn Đảng.")
        {
            Documents = [Doc("30-KH/TU", "Kế hoạch", "2021-06-08"), Doc("15-CTr/TU", "Chương trình")],
            Relations = [Rel("30-KH/TU", Reviews, "15-CTr/TU")],
        };

        yield return new("a_plan_carrying_out_a_congress_resolution_and_a_plan_carries_out_the_plan",
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU ngày 5/3/2021 thực hiện Nghị quyết Đại hội XIII của Đảng và Kế hoạch số 05-KH/TU ngày 1/3/2021 của Ban Thường vụ Tỉnh ủy.")
        {
            Documents = [Doc("12-KH/HU", "Kế hoạch", "2021-03-05"), Doc("05-KH/TU", "Kế hoạch", "2021-03-01")],
            Relations = [Rel("12-KH/HU", Implements, "05-KH/TU")],
        };

        yield return new("a_clause_after_the_plenum_resolution_a_plan_carries_out_keeps_the_next_plan_apart",
            "Ban Thường vụ Thành ủy ban hành Kế hoạch số 30-KH/TU ngày 8/6/2021 thực hiện Nghị quyết Trung ương 4 (khóa XII), các chi bộ đã xây dựng Chương trình hành động số 15-CTr/TU về xây dựng Đảng.")
        {
            Documents = [Doc("30-KH/TU", "Kế hoạch", "2021-06-08"), Doc("15-CTr/TU", "Chương trình")],
            Relations = [],
        };

        yield return new("a_circular_guides_the_decree_named_after_an_unnumbered_ordinance_and_va",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Nghị định số 73/2009/NĐ-CP ngày 07/9/2009 của Chính phủ quy định chi tiết thi hành một số điều của Pháp lệnh Công an xã;",
                "Căn cứ Thông tư số 12/2010/TT-BCA ngày 08/4/2010 của Bộ Công an quy định cụ thể thi hành một số điều của Pháp lệnh Công an xã và Nghị định số 73/2009/NĐ-CP ngày 07/9/2009 của Chính phủ;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents = [Doc("73/2009/NĐ-CP", "Nghị định", "2009-09-07", Central, mentions: 2), Doc("12/2010/TT-BCA", "Thông tư", "2010-04-08", Central)],
            Relations = [Rel(Self, BasedOn, "73/2009/NĐ-CP"), Rel(Self, BasedOn, "12/2010/TT-BCA"), Rel("12/2010/TT-BCA", Guides, "73/2009/NĐ-CP")],
        };

        yield return new("a_decree_after_the_ordinance_a_circular_guides_and_a_clause_of_its_own_is_not_guided",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Thông tư số 12/2010/TT-BCA ngày 08/4/2010 của Bộ Công an quy định cụ thể thi hành một số điều của Pháp lệnh Công an xã, các địa phương tổ chức thực hiện và Nghị định số 73/2009/NĐ-CP ngày 07/9/2009 của Chính phủ;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents = [Doc("12/2010/TT-BCA", "Thông tư", "2010-04-08", Central), Doc("73/2009/NĐ-CP", "Nghị định", "2009-09-07", Central)],
            Relations = [Rel(Self, BasedOn, "12/2010/TT-BCA"), Rel(Self, BasedOn, "73/2009/NĐ-CP")],
        };

        yield return new("a_circular_guides_each_decree_of_the_list_after_its_verb",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Thông tư số 05/2015/TT-BNV ngày 10/6/2015 của Bộ Nội vụ hướng dẫn thi hành một số điều của Nghị định số 12/2011/NĐ-CP, Nghị định số 30/2013/NĐ-CP và Nghị định số 41/2014/NĐ-CP;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents =
            [
                Doc("05/2015/TT-BNV", "Thông tư", "2015-06-10", Central),
                Doc("12/2011/NĐ-CP", "Nghị định", level: Central),
                Doc("30/2013/NĐ-CP", "Nghị định", level: Central),
                Doc("41/2014/NĐ-CP", "Nghị định", level: Central),
            ],
            Relations =
            [
                Rel(Self, BasedOn, "05/2015/TT-BNV"),
                Rel("05/2015/TT-BNV", Guides, "12/2011/NĐ-CP"), Rel("05/2015/TT-BNV", Guides, "30/2013/NĐ-CP"), Rel("05/2015/TT-BNV", Guides, "41/2014/NĐ-CP"),
            ],
            ExactRelations = false,
        };

        // a comma in a list of bases starts the next basis when the documents after it are of other kinds
        yield return new("a_comma_before_documents_of_other_kinds_starts_the_next_basis",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Thông tư số 05/2015/TT-BNV ngày 10/6/2015 của Bộ Nội vụ hướng dẫn thi hành Nghị định số 12/2011/NĐ-CP, Quyết định số 30/2013/QĐ-TTg và Chỉ thị số 41/CT-TTg;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents =
            [
                Doc("05/2015/TT-BNV", "Thông tư", "2015-06-10", Central),
                Doc("12/2011/NĐ-CP", "Nghị định", level: Central),
                Doc("30/2013/QĐ-TTg", "Quyết định", level: Central),
                Doc("41/CT-TTg", "Chỉ thị", level: Central),
            ],
            Relations =
            [
                Rel(Self, BasedOn, "05/2015/TT-BNV"), Rel(Self, BasedOn, "30/2013/QĐ-TTg"), Rel(Self, BasedOn, "41/CT-TTg"),
                Rel("05/2015/TT-BNV", Guides, "12/2011/NĐ-CP"),
            ],
        };

        // a minister who heads a ministry-level agency signs as "Bộ trưởng, Chủ nhiệm …": one office, not a clause
        yield return new("a_circular_of_a_minister_with_two_offices_guides_the_decree_after_its_verb",
            Lines(
                "QUYẾT ĐỊNH",
                "Căn cứ Thông tư số 02/2024/TT-VPCP ngày 15 tháng 9 năm 2024 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định"),
            Documents = [Doc("02/2024/TT-VPCP", "Thông tư", "2024-09-15", Central, issuer: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"), Doc("61/2018/NĐ-CP", "Nghị định", "2018-04-23", Central)],
            Relations = [Rel(Self, BasedOn, "02/2024/TT-VPCP"), Rel("02/2024/TT-VPCP", Guides, "61/2018/NĐ-CP")],
            ExactRelations = false,
        };

        // a regulation has no number of its own: amending it amends the decision it was issued with, however long
        // its name and whatever commas it holds
        yield return new("a_decision_amending_a_regulation_amends_the_decision_that_issued_it",
            "Ủy ban nhân dân tỉnh Lào Cai vừa ban hành Quyết định số 21/2021/QĐ-UBND ngày 10/9/2021 sửa đổi, bổ sung một số điều của Quy định về quản lý, sử dụng tài sản công và tiêu chuẩn, định mức trang thiết bị chuyên dùng trang bị cho các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh Lào Cai ban hành kèm theo Quyết định số 18/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh.")
        {
            Documents = [Doc("21/2021/QĐ-UBND", "Quyết định", "2021-09-10", Province), Doc("18/2020/QĐ-UBND", "Quyết định", "2020-06-05", Province)],
            Relations = [Rel("21/2021/QĐ-UBND", Amends, "18/2020/QĐ-UBND")],
        };

        yield return new("a_regulation_named_in_the_next_item_is_not_the_one_amended",
            "Ủy ban nhân dân tỉnh Lào Cai vừa ban hành Quyết định số 21/2021/QĐ-UBND ngày 10/9/2021 sửa đổi, bổ sung một số điều của Quy định về quản lý tài sản công; các sở, ngành tiếp tục áp dụng Quy chế phối hợp ban hành kèm theo Quyết định số 18/2020/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh.")
        {
            Documents = [Doc("21/2021/QĐ-UBND", "Quyết định", "2021-09-10", Province), Doc("18/2020/QĐ-UBND", "Quyết định", "2020-06-05", Province)],
        };

        yield return new("a_text_that_says_it_guides_what_it_carries_out_guides_it",
            "Thi hành Nghị định số 45/2018/NĐ-CP ngày 2/4/2018 của Chính phủ, Bộ Tài chính hướng dẫn thực hiện chính sách hỗ trợ như sau:")
        {
            Documents = [Doc("45/2018/NĐ-CP", "Nghị định", "2018-04-02", Central)],
            Relations = [Rel(Self, Guides, "45/2018/NĐ-CP")],
        };

        yield return new("a_text_that_says_it_carries_out_a_decree_implements_it",
            "Thi hành Nghị định số 45/2018/NĐ-CP ngày 2/4/2018 của Chính phủ, Sở Tài chính triển khai các nhiệm vụ như sau:")
        {
            Documents = [Doc("45/2018/NĐ-CP", "Nghị định", "2018-04-02", Central)],
            Relations = [Rel(Self, Implements, "45/2018/NĐ-CP")],
        };

        yield return new("a_ministry_whose_name_holds_va_amends_the_circular_after_it",
            "Căn cứ Thông tư số 02/2022/TT-BLĐTBXH ngày 30/3/2022 của Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung một số nội dung của Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội;")
        {
            Documents = [Doc("02/2022/TT-BLĐTBXH", "Thông tư", "2022-03-30", Central, issuer: "Bộ Lao động - Thương binh và Xã hội"), Doc("07/2021/TT-BLĐTBXH", "Thông tư", "2021-07-18", Central)],
            Relations = [Rel("02/2022/TT-BLĐTBXH", Amends, "07/2021/TT-BLĐTBXH")],
            ExactRelations = false,
        };

        // a proposal asks for a document: what carries the directive out is what it proposes, not the proposal
        yield return new("a_proposal_about_carrying_out_a_directive_carries_out_nothing",
            "Xét Tờ trình số 112/TTr-UBND ngày 20/11/2022 của UBND tỉnh Hà Giang về việc triển khai, thực hiện Chỉ thị số 14/CT-TTg ngày 10/6/2022 của Thủ tướng Chính phủ;")
        {
            Documents = [Doc("112/TTr-UBND", "Tờ trình", "2022-11-20", Province, "Hà Giang"), Doc("14/CT-TTg", "Chỉ thị", "2022-06-10", Central)],
        };

        yield return new("a_plan_about_carrying_out_a_directive_implements_it",
            "Kế hoạch số 112/KH-UBND ngày 20/11/2022 của UBND tỉnh Hà Giang về việc triển khai, thực hiện Chỉ thị số 14/CT-TTg ngày 10/6/2022 của Thủ tướng Chính phủ.")
        {
            Documents = [Doc("112/KH-UBND", "Kế hoạch", "2022-11-20", Province, "Hà Giang"), Doc("14/CT-TTg", "Chỉ thị", "2022-06-10", Central)],
            Relations = [Rel("112/KH-UBND", Implements, "14/CT-TTg")],
        };

        yield return new("a_decision_approving_and_organising_the_schemes_of_another_implements_it",
            "Quyết định số 705/QĐ-TTg ngày 25/5/2015 của Thủ tướng Chính phủ phê duyệt và tổ chức thực hiện các Đề án tại Quyết định số 318/QĐ-TTg ngày 08/3/2012 của Thủ tướng Chính phủ.")
        {
            Documents = [Doc("705/QĐ-TTg", "Quyết định", "2015-05-25", Central), Doc("318/QĐ-TTg", "Quyết định", "2012-03-08", Central)],
            Relations = [Rel("705/QĐ-TTg", Implements, "318/QĐ-TTg")],
        };

        yield return new("a_decision_approving_and_assigning_a_body_to_carry_out_another_does_not_implement_it",
            "Quyết định số 705/QĐ-TTg ngày 25/5/2015 của Thủ tướng Chính phủ phê duyệt và giao Bộ Tư pháp thực hiện các Đề án tại Quyết định số 318/QĐ-TTg ngày 08/3/2012 của Thủ tướng Chính phủ.")
        {
            Documents = [Doc("705/QĐ-TTg", "Quyết định", "2015-05-25", Central), Doc("318/QĐ-TTg", "Quyết định", "2012-03-08", Central)],
        };

        yield return new("a_circular_guiding_the_management_of_an_approved_programme_guides_its_decision",
            Lines(
                "Căn cứ Quyết định số 1862/QĐ-TTg ngày 04/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Chương trình thúc đẩy phát triển và sử dụng các giải pháp số đến năm 2025;",
                "Căn cứ Thông tư số 07/2020/TT-BTTTT ngày 13/4/2020 của Bộ trưởng Bộ Thông tin và Truyền thông về việc hướng dẫn quản lý Chương trình thúc đẩy phát triển và sử dụng các giải pháp số đến năm 2025;"))
        {
            Documents = [Doc("1862/QĐ-TTg", "Quyết định", "2019-11-04", Central), Doc("07/2020/TT-BTTTT", "Thông tư", "2020-04-13", Central)],
            Relations = [Rel(Self, BasedOn, "1862/QĐ-TTg"), Rel(Self, BasedOn, "07/2020/TT-BTTTT"), Rel("07/2020/TT-BTTTT", Guides, "1862/QĐ-TTg")],
        };

        yield return new("a_circular_on_managing_funds_named_before_a_programme_does_not_guide_it",
            Lines(
                "Căn cứ Quyết định số 1862/QĐ-TTg ngày 04/11/2019 của Thủ tướng Chính phủ về việc phê duyệt Chương trình thúc đẩy phát triển và sử dụng các giải pháp số đến năm 2025;",
                "Căn cứ Thông tư số 07/2020/TT-BTTTT ngày 13/4/2020 của Bộ trưởng Bộ Thông tin và Truyền thông về việc hướng dẫn quản lý tài sản công của các đơn vị tham gia Chương trình thúc đẩy phát triển và sử dụng các giải pháp số đến năm 2025;"))
        {
            Documents = [Doc("1862/QĐ-TTg", "Quyết định", "2019-11-04", Central), Doc("07/2020/TT-BTTTT", "Thông tư", "2020-04-13", Central)],
            Relations = [Rel(Self, BasedOn, "1862/QĐ-TTg"), Rel(Self, BasedOn, "07/2020/TT-BTTTT")],
        };

        yield return new("a_plan_named_before_what_it_carries_out_and_issued_with_a_decision_after_it_is_that_decision",
            JusticeReport("Năm 2020, Bộ trưởng Bộ Tư pháp đã ban hành Kế hoạch của Bộ, ngành Tư pháp triển khai Chỉ thị số 18/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ (ban hành kèm theo Quyết định số 1186/QĐ-BTP ngày 21/5/2020), trong đó xác định các nhiệm vụ của ngành."))
        {
            Documents = [Doc("18/CT-TTg", "Chỉ thị", "2020-04-13", Central), Doc("1186/QĐ-BTP", "Quyết định", "2020-05-21", Central)],
            Relations = [Rel("1186/QĐ-BTP", Implements, "18/CT-TTg")],
        };

        yield return new("a_plan_named_before_a_directive_it_only_follows_is_not_said_to_carry_it_out",
            JusticeReport("Năm 2020, Bộ trưởng Bộ Tư pháp đã ban hành Kế hoạch công tác của Bộ theo Chỉ thị số 18/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ (ban hành kèm theo Quyết định số 1186/QĐ-BTP ngày 21/5/2020), trong đó xác định các nhiệm vụ của ngành."))
        {
            Documents = [Doc("18/CT-TTg", "Chỉ thị", "2020-04-13", Central), Doc("1186/QĐ-BTP", "Quyết định", "2020-05-21", Central)],
        };
    }

    private static string GuidanceText =>
        "Hướng dẫn số 05-HD/BDVTU ngày 20/5/2022 của Ban Dân vận Tỉnh ủy Hà Tĩnh hướng dẫn thực hiện Quy chế số 07-QC/TU ngày 12/5/2022 của Ban Thường vụ Tỉnh ủy về công tác dân vận của hệ thống chính trị.";

    private static string JusticeReport(string sentence) =>
        Lines(
            "BỘ TƯ PHÁP",
            "Số: 95/BC-BTP",
            "Hà Nội, ngày 10 tháng 3 năm 2021",
            "BÁO CÁO",
            "Kết quả công tác năm 2020",
            sentence);
}
