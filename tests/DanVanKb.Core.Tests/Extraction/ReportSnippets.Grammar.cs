using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>The lead-in grammar (domain.md): a lead-in governs every document joined to it, across issuers and
/// semicolons, until the sentence ends; each document the acting clauses issue carries out each governed one.
/// With near-misses: a list no lead-in governs, a "ban hành" inside a title, a citation nested in a title.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Grammar()
    {
        // the Bộ Chính trị's conclusions go out as a Thông báo: "Kết luận của Bộ Chính trị (Thông báo số …)" is one item
        yield return new("an_item_named_then_cited_in_brackets_is_governed_by_the_lead_in",
            "Thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo đại hội đảng bộ các cấp và Kết luận của Bộ Chính trị (Thông báo số 130-TB/TW ngày 10/3/2020), Ban Tổ chức Trung ương hướng dẫn một số nội dung về công tác nhân sự như sau:")
        {
            Documents = [Doc("45-CT/TW", "Chỉ thị", "2020-06-20", Central), Doc("130-TB/TW", "Thông báo", "2020-03-10", Central)],
            Relations = [Rel(Self, Implements, "45-CT/TW"), Rel(Self, Implements, "130-TB/TW")],
        };

        yield return new("a_bracketed_citation_after_a_body_not_a_document_is_not_an_item",
            "Thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo đại hội đảng bộ các cấp, Ban Tổ chức Trung ương (theo Thông báo số 130-TB/TW ngày 10/3/2020) hướng dẫn một số nội dung về công tác nhân sự như sau:")
        {
            Documents = [Doc("45-CT/TW", "Chỉ thị", "2020-06-20", Central), Doc("130-TB/TW", "Thông báo", "2020-03-10", Central)],
            Relations = [Rel(Self, Implements, "45-CT/TW")],
        };

        yield return new("a_plan_issued_through_a_decision_makes_the_decision_carry_out_the_lead_in",
            "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ, UBND tỉnh Tây Ninh ban hành Kế hoạch cải cách hành chính năm 2012 theo Quyết định số 310/QĐ-UBND ngày 21/02/2012.")
        {
            Documents = [Doc("30c/NQ-CP", "Nghị quyết", "2011-11-08", Central), Doc("310/QĐ-UBND", "Quyết định", "2012-02-21")],
            Relations = [Rel("310/QĐ-UBND", Implements, "30c/NQ-CP")],
        };

        yield return new("a_plan_built_after_a_decision_does_not_issue_the_decision",
            "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ, UBND huyện xây dựng Kế hoạch cải cách hành chính năm 2012 theo Quyết định số 310/QĐ-UBND ngày 21/02/2012 của UBND tỉnh Tây Ninh.")
        {
            Documents = [Doc("30c/NQ-CP", "Nghị quyết", "2011-11-08", Central), Doc("310/QĐ-UBND", "Quyết định", "2012-02-21", Province, "Tây Ninh")],
        };

        yield return new("one_lead_in_governs_every_document_issued_across_issuers_and_semicolons",
            "Nhằm cụ thể hóa Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, Tỉnh ủy Yên Bái ban hành Nghị quyết số 12-NQ/TU ngày 10/12/2021, " +
            "Nghị quyết số 13-NQ/TU ngày 10/12/2021; Chỉ thị số 15-CT/TU ngày 20/01/2022; Quy định số 05-QĐi/TU ngày 25/01/2022; UBND tỉnh ban hành " +
            "Kế hoạch số 45/KH-UBND ngày 14/02/2022, Quyết định số 321/QĐ-UBND ngày 20/02/2022; Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND ngày 01/3/2022.")
        {
            Documents =
            [
                Doc("21-KL/TW", "Kết luận", "2021-10-25", Central),
                Doc("12-NQ/TU", "Nghị quyết", "2021-12-10", Province, "Yên Bái"),
                Doc("13-NQ/TU", "Nghị quyết", "2021-12-10", Province, "Yên Bái"),
                Doc("15-CT/TU", "Chỉ thị", "2022-01-20", Province, "Yên Bái"),
                Doc("05-QĐi/TU", "Quy định", "2022-01-25", Province, "Yên Bái"),
                Doc("45/KH-UBND", "Kế hoạch", "2022-02-14"),
                Doc("321/QĐ-UBND", "Quyết định", "2022-02-20"),
                Doc("03/CT-UBND", "Chỉ thị", "2022-03-01"),
            ],
            Relations =
            [
                Rel("12-NQ/TU", Implements, "21-KL/TW"), Rel("13-NQ/TU", Implements, "21-KL/TW"), Rel("15-CT/TU", Implements, "21-KL/TW"),
                Rel("05-QĐi/TU", Implements, "21-KL/TW"), Rel("45/KH-UBND", Implements, "21-KL/TW"), Rel("321/QĐ-UBND", Implements, "21-KL/TW"),
                Rel("03/CT-UBND", Implements, "21-KL/TW"),
            ],
        };

        yield return new("va_tren_co_so_joins_a_second_governed_document",
            "Thực hiện Chỉ thị số 12-CT/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy Phú Thọ và trên cơ sở Kế hoạch số 1020/KH-UBND ngày 22/3/2021 của UBND tỉnh, " +
            "ngày 02/4/2021, UBND huyện Thanh Sơn ban hành Kế hoạch số 88/KH-UBND về triển khai thực hiện Chỉ thị số 12-CT/TU trên địa bàn huyện.")
        {
            Documents =
            [
                Doc("12-CT/TU", "Chỉ thị", "2021-03-15", Province, "Phú Thọ"),
                Doc("1020/KH-UBND", "Kế hoạch", "2021-03-22"),
                Doc("88/KH-UBND", "Kế hoạch", "2021-04-02", District, "Thanh Sơn"),
            ],
            Relations = [Rel("88/KH-UBND", Implements, "12-CT/TU"), Rel("88/KH-UBND", Implements, "1020/KH-UBND")],
        };

        yield return new("acting_clause_after_a_semicolon_issues_the_commune_plan",
            "Thực hiện Kế hoạch số 104-KH/HU ngày 19/8/2022 của Ban Thường vụ Huyện ủy Can Lộc; Đảng ủy xã Sơn Lộc xây dựng kế hoạch số 55-KH/ĐU ngày 29/8/2022 về việc triển khai đợt sinh hoạt chính trị, tư tưởng.")
        {
            Documents =
            [
                Doc("104-KH/HU", "Kế hoạch", "2022-08-19", District, "Can Lộc"),
                Doc("55-KH/ĐU", "Kế hoạch", "2022-08-29", Commune, "Sơn Lộc"),
            ],
            Relations = [Rel("55-KH/ĐU", Implements, "104-KH/HU")],
        };

        yield return new("a_list_no_lead_in_governs_states_no_relation",
            "Năm 2022, Huyện ủy Văn Yên ban hành Nghị quyết số 05-NQ/HU ngày 10/01/2022, Chỉ thị số 03-CT/HU ngày 20/02/2022 và Kế hoạch số 41-KH/HU ngày 02/3/2022 về công tác dân vận.")
        {
            Documents =
            [
                Doc("05-NQ/HU", "Nghị quyết", "2022-01-10", District, "Văn Yên"),
                Doc("03-CT/HU", "Chỉ thị", "2022-02-20", District, "Văn Yên"),
                Doc("41-KH/HU", "Kế hoạch", "2022-03-02", District, "Văn Yên"),
            ],
        };

        yield return new("ban_hanh_inside_a_governed_title_is_not_an_acting_clause",
            "Căn cứ Quyết định số 17/QĐ-UBND ngày 09/7/2025 của UBND xã Đồng Tâm về việc ban hành Nội quy tiếp công dân; Quyết định số 19/QĐ-UBND ngày 09/7/2025 của UBND xã Đồng Tâm về việc ban hành Quy chế tiếp công dân; " +
            "Quyết định số 168a/QĐ-UBND ngày 06/9/2025 về việc phân công công chức tiếp công dân thường xuyên;")
        {
            Documents =
            [
                Doc("17/QĐ-UBND", "Quyết định", "2025-07-09", Commune, "Đồng Tâm"),
                Doc("19/QĐ-UBND", "Quyết định", "2025-07-09", Commune, "Đồng Tâm"),
                Doc("168a/QĐ-UBND", "Quyết định", "2025-09-06"),
            ],
            Relations = [Rel(Self, BasedOn, "17/QĐ-UBND"), Rel(Self, BasedOn, "19/QĐ-UBND"), Rel(Self, BasedOn, "168a/QĐ-UBND")],
        };

        yield return new("a_citation_nested_in_a_governed_title_is_related_to_its_parent_not_to_the_lead_in",
            "Căn cứ Chương trình hành động số 04/CTr-UBND ngày 23/7/2009 của Ủy ban nhân dân tỉnh Bạc Liêu thực hiện Kế hoạch số 60-KH/TU ngày 27/4/2009 của Ban Chấp hành Đảng bộ tỉnh;")
        {
            Documents =
            [
                Doc("04/CTr-UBND", "Chương trình", "2009-07-23", Province, "Bạc Liêu"),
                Doc("60-KH/TU", "Kế hoạch", "2009-04-27", Province),
            ],
            Relations = [Rel(Self, BasedOn, "04/CTr-UBND"), Rel("04/CTr-UBND", Implements, "60-KH/TU")],
        };

        yield return new("news_lead_in_then_the_acting_body_rolls_out_its_plan",
            "ĐKO - Thực hiện Kế hoạch số 183-KH/TU ngày 19-7-2019 của Tỉnh ủy Trà Vinh, Ban Thường vụ Huyện ủy Càng Long vừa triển khai Kế hoạch số 171-KH/HU về tổ chức Đại hội Đảng bộ các cấp.")
        {
            Documents =
            [
                Doc("183-KH/TU", "Kế hoạch", "2019-07-19", Province, "Trà Vinh"),
                Doc("171-KH/HU", "Kế hoạch", level: District, locality: "Càng Long"),
            ],
            Relations = [Rel("171-KH/HU", Implements, "183-KH/TU")],
        };

        yield return new("lead_in_governing_only_unnamed_documents_gives_the_issued_ones_nothing_to_implement",
            "Triển khai thực hiện Nghị quyết của Chính phủ, Quyết định của Thủ tướng Chính phủ về chuyển đổi số; Ban Thường vụ Tỉnh ủy Nghệ An ban hành Nghị quyết số 09-NQ/TU ngày 28/7/2021; " +
            "UBND tỉnh ban hành Quyết định số 2788/QĐ-UBND ngày 25/8/2021 về chương trình hành động thực hiện Nghị quyết số 09-NQ/TU.")
        {
            Documents =
            [
                Doc("09-NQ/TU", "Nghị quyết", "2021-07-28", Province, "Nghệ An"),
                Doc("2788/QĐ-UBND", "Quyết định", "2021-08-25"),
            ],
            Relations = [Rel("2788/QĐ-UBND", Implements, "09-NQ/TU")],
        };

        yield return new("amending_decree_amends_the_decree_its_title_names",
            "Nghị định số 88/2017/NĐ-CP ngày 27 tháng 7 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 56/2015/NĐ-CP ngày 09 tháng 6 năm 2015 của Chính phủ về đánh giá và phân loại cán bộ, công chức, viên chức đã được quán triệt đến các cơ quan.")
        {
            Documents =
            [
                Doc("88/2017/NĐ-CP", "Nghị định", "2017-07-27", Central),
                Doc("56/2015/NĐ-CP", "Nghị định", "2015-06-09", Central),
            ],
            Relations = [Rel("88/2017/NĐ-CP", Amends, "56/2015/NĐ-CP")],
        };

        yield return new("decree_that_details_a_law_guides_it",
            "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được triển khai đến các xã.")
        {
            Documents =
            [
                Doc("59/2023/NĐ-CP", "Nghị định", "2023-08-14", Central),
                Doc("10/2022/QH15", "Luật", level: Central),
            ],
            Relations = [Rel("59/2023/NĐ-CP", Guides, "10/2022/QH15")],
        };

        yield return new("a_sub_list_under_a_label_and_a_repeated_lead_in_stay_governed",
            "Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ và triển khai Nghị quyết số 43/2022/QH15 của Quốc hội; các Nghị quyết của Hội đồng nhân dân tỉnh: số 340/NQ-HĐND ngày 22/12/2020; " +
            "số 160/NQ-HĐND ngày 08/12/2021 và Công văn số 892/BKHĐT-TH ngày 14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh Hải Dương ban hành Chương trình hành động với những nội dung như sau:")
        {
            Documents =
            [
                Doc("11/NQ-CP", "Nghị quyết", "2022-01-30", Central), Doc("43/2022/QH15", "Nghị quyết", level: Central),
                Doc("340/NQ-HĐND", "Nghị quyết", "2020-12-22"), Doc("160/NQ-HĐND", "Nghị quyết", "2021-12-08"),
                Doc("892/BKHĐT-TH", "Công văn", "2022-02-14", Central),
            ],
            Relations =
            [
                Rel(Self, Implements, "11/NQ-CP"), Rel(Self, Implements, "43/2022/QH15"), Rel(Self, Implements, "340/NQ-HĐND"),
                Rel(Self, Implements, "160/NQ-HĐND"), Rel(Self, Implements, "892/BKHĐT-TH"),
            ],
        };

        yield return new("va_chi_dao_cua_a_body_tai_joins_the_letter_that_conveys_it",
            "Thực hiện Chỉ thị số 22-CT/TW ngày 23/01/2018 của Ban Bí thư về đẩy mạnh các phong trào thi đua yêu nước và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức các hoạt động kỷ niệm, Ban Thi đua - Khen thưởng tỉnh Cao Bằng tổ chức các hoạt động như sau:")
        {
            Documents = [Doc("22-CT/TW", "Chỉ thị", "2018-01-23", Central), Doc("238/UBND-KGVX", date: "2018-03-19")],
            Relations = [Rel(Self, Implements, "22-CT/TW"), Rel(Self, Implements, "238/UBND-KGVX")],
        };

        yield return new("a_ministry_name_with_a_comma_is_no_acting_clause_and_keeps_its_cue",
            "Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc triển khai Quyết định số 34/2014/QĐ-TTg của Thủ tướng Chính phủ.")
        {
            Documents =
            [
                Doc("2928/LĐTBXH-BVCSTE", "Công văn", "2014-08-12", Central, issuer: "Bộ Lao động, Thương binh và Xã hội"),
                Doc("34/2014/QĐ-TTg", "Quyết định", level: Central),
            ],
            Relations = [Rel(Self, Implements, "2928/LĐTBXH-BVCSTE"), Rel("2928/LĐTBXH-BVCSTE", Implements, "34/2014/QĐ-TTg")],
        };

        yield return new("a_date_then_a_body_that_has_the_document_is_an_acting_clause",
            "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW về việc lấy ý kiến nhân dân vào dự thảo các văn kiện.")
        {
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2019-05-30", Central), Doc("151-HD/BTGTW", "Hướng dẫn", "2020-09-10", Central)],
            Relations = [Rel("151-HD/BTGTW", Implements, "35-CT/TW")], // "Thực hiện" says implements, whatever the actor; guides is "hướng dẫn thực hiện"
        };

        yield return new("a_body_that_issued_and_carries_out_its_document_dates_it_and_implements_the_lead_in",
            "Thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư về công tác dân vận, ngày 14/3/2021 Ban Chấp hành Hội Nông dân huyện Tam Nông đã ban hành và tích cực chỉ đạo thực hiện Nghị quyết số: 07/NQ-HND về xây dựng chi hội vững mạnh.")
        {
            Documents = [Doc("09-CT/TW", "Chỉ thị", level: Central), Doc("07/NQ-HND", "Nghị quyết", "2021-03-14", Agency, "Tam Nông")],
            Relations = [Rel("07/NQ-HND", Implements, "09-CT/TW")],
        };

        yield return new("a_body_that_issued_a_document_and_carries_out_another_dates_only_the_first",
            "Ngày 14/3/2021 Ban Chấp hành Hội Nông dân huyện Tam Nông đã ban hành Kế hoạch số 12/KH-HND và tích cực chỉ đạo thực hiện Nghị quyết số 07/NQ-HND của Hội Nông dân tỉnh.")
        {
            Documents = [Doc("12/KH-HND", "Kế hoạch", "2021-03-14", Agency, "Tam Nông"), Doc("07/NQ-HND", "Nghị quyết", undated: true)],
        };

        yield return new("a_decision_replaced_by_a_later_one_in_the_passive",
            "Quyết định số 119/QĐ-UBND ngày 23/11/2009 của UBND tỉnh Bắc Giang đã được thay thế bởi Quyết định số 366/QĐ-UBND ngày 14/8/2015 của UBND tỉnh Bắc Giang.")
        {
            Documents = [Doc("119/QĐ-UBND", "Quyết định", "2009-11-23", Province, "Bắc Giang"), Doc("366/QĐ-UBND", "Quyết định", "2015-08-14", Province, "Bắc Giang")],
            Relations = [Rel("366/QĐ-UBND", Replaces, "119/QĐ-UBND")],
        };

        yield return new("citations_of_one_issuer_joined_bare_share_the_date_written_after_the_last",
            "Các cấp ủy quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; Nghị quyết số 33-NQ/TW và Chương trình số 10-CTr/TU ngày 26/4/2016 của Ban Thường vụ Tỉnh ủy Nghệ An.")
        {
            Documents =
            [
                Doc("217-QĐ/TW", "Quyết định", "2013-12-12", Central), Doc("218-QĐ/TW", "Quyết định", "2013-12-12", Central),
                Doc("33-NQ/TW", "Nghị quyết", level: Central), Doc("10-CTr/TU", "Chương trình", "2016-04-26", Province, "Nghệ An"),
            ],
        };

        yield return new("a_law_named_after_its_number_was_given_is_that_law",
            Lines(
                "Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013;",
                "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật tiếp công dân;",
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ quy định chi tiết thi hành Luật Ban hành văn bản quy phạm pháp luật;"))
        {
            Documents =
            [
                Doc("42/2013/QH13", "Luật", "2013-11-25", Central, mentions: 2),
                Doc("64/2014/NĐ-CP", "Nghị định", "2014-06-26", Central),
                Doc("30/2020/NĐ-CP", "Nghị định", "2020-03-05", Central),
            ],
            Relations =
            [
                Rel(Self, BasedOn, "42/2013/QH13"), Rel(Self, BasedOn, "64/2014/NĐ-CP"), Rel(Self, BasedOn, "30/2020/NĐ-CP"),
                Rel("64/2014/NĐ-CP", Guides, "42/2013/QH13"),
            ],
        };

        yield return new("an_acting_clause_that_opens_the_next_sentence_takes_up_the_governed_list",
            "Thực hiện công văn số 186/PCTT ngày 13/8/2019 của Ban chỉ huy phòng chống thiên tai tỉnh về xây dựng lực lượng xung kích. Ngày 23/8/2019, UBND huyện Phong Điền đã ban hành công văn số 3045/UBND-NN để triển khai thực hiện và có ý kiến như sau:")
        {
            Documents = [Doc("186/PCTT", date: "2019-08-13"), Doc("3045/UBND-NN", "Công văn", "2019-08-23")],
            Relations = [Rel("3045/UBND-NN", Implements, "186/PCTT")],
        };

        yield return new("a_lead_in_standing_alone_is_taken_up_by_the_acting_clause_opening_the_next_paragraph",
            Lines(
                "Thực hiện Nghị quyết số 110-NQ/TU ngày 11/7/2016 của Ban Chấp hành Đảng bộ tỉnh về công tác dân vận.",
                "",
                "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức hoạt động Tháng Dân vận năm 2018."))
        {
            Documents = [Doc("110-NQ/TU", "Nghị quyết", "2016-07-11", Province), Doc("62-KH/BDVTU", "Kế hoạch", "2018-09-12", Agency)],
            Relations = [Rel("62-KH/BDVTU", Implements, "110-NQ/TU")],
        };

        yield return new("a_lead_in_paragraph_with_its_own_clause_is_not_taken_up_by_the_next",
            Lines(
                "Thực hiện Nghị quyết số 110-NQ/TU ngày 11/7/2016 của Ban Chấp hành Đảng bộ tỉnh, các cấp ủy đã tổ chức học tập nghị quyết.",
                "",
                "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức hoạt động Tháng Dân vận năm 2018."))
        {
            Documents = [Doc("110-NQ/TU", "Nghị quyết", "2016-07-11", Province), Doc("62-KH/BDVTU", "Kế hoạch", "2018-09-12", Agency)],
            Relations = [Rel(Self, Implements, "110-NQ/TU")],
        };

        yield return new("a_bracketed_passive_amendment_refers_back_across_the_title",
            "Nghị quyết 277/2019/NQ-HĐND ngày 12/12/2019 quy định về số lượng, chức danh người hoạt động không chuyên trách phường, xã trên địa bàn thành phố Đà Nẵng (được sửa đổi tại Nghị quyết 344/2020/NQ-HĐND ngày 09/12/2020)")
        {
            Documents = [Doc("277/2019/NQ-HĐND", "Nghị quyết", "2019-12-12"), Doc("344/2020/NQ-HĐND", "Nghị quyết", "2020-12-09")],
            Relations = [Rel("344/2020/NQ-HĐND", Amends, "277/2019/NQ-HĐND")],
        };

        yield return new("a_law_amended_by_another_in_a_basis_list_makes_both_bases",
            "Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15; Căn cứ Nghị định số 186/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;")
        {
            Documents = [Doc("15/2017/QH14", "Luật", level: Central), Doc("56/2024/QH15", "Luật", level: Central), Doc("186/2025/NĐ-CP", "Nghị định", "2025-07-01", Central)],
            Relations =
            [
                Rel(Self, BasedOn, "15/2017/QH14"), Rel(Self, BasedOn, "56/2024/QH15"), Rel(Self, BasedOn, "186/2025/NĐ-CP"),
                Rel("56/2024/QH15", Amends, "15/2017/QH14"),
            ],
        };

        yield return new("a_passive_amendment_right_before_the_amending_document_speaks_of_the_one_whose_title_holds_commas",
            "Căn cứ Thông tư số 17/2019/TT-BTC ngày 05 tháng 4 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn lập, phân bổ, quyết toán kinh phí khuyến nông được sửa đổi, bổ sung bởi Thông tư số 31/2023/TT-BTC;")
        {
            Documents = [Doc("17/2019/TT-BTC", "Thông tư", "2019-04-05", Central), Doc("31/2023/TT-BTC", "Thông tư", level: Central)],
            Relations = [Rel(Self, BasedOn, "17/2019/TT-BTC"), Rel(Self, BasedOn, "31/2023/TT-BTC"), Rel("31/2023/TT-BTC", Amends, "17/2019/TT-BTC")],
        };

        yield return new("a_passive_amendment_in_the_next_sentence_does_not_speak_of_the_document_before_it",
            "Năm 2020, tỉnh triển khai Kế hoạch số 12/KH-UBND ngày 10/3/2020 về phát triển, nâng cấp chợ nông thôn. Danh mục chợ được sửa đổi, bổ sung theo Quyết định số 45/QĐ-UBND ngày 02/6/2021.")
        {
            Documents = [Doc("12/KH-UBND", "Kế hoạch", "2020-03-10"), Doc("45/QĐ-UBND", "Quyết định", "2021-06-02")],
            Relations = [],
        };

        yield return new("a_passive_adjustment_naming_what_it_adjusts_is_an_amendment_by_the_letter_after_it",
            "Các trường xây dựng kế hoạch dạy học theo Chương trình môn Địa lí ban hành kèm theo Quyết định số 24/2007/QĐ-BGDĐT ngày 11/6/2007 và được điều chỉnh nội dung dạy học tại Công văn số 611/BGDĐT-GDTrH ngày 20/8/2012 của Bộ Giáo dục và Đào tạo.")
        {
            Documents = [Doc("24/2007/QĐ-BGDĐT", "Quyết định", "2007-06-11", Central), Doc("611/BGDĐT-GDTrH", "Công văn", "2012-08-20", Central)],
            Relations = [Rel("611/BGDĐT-GDTrH", Amends, "24/2007/QĐ-BGDĐT")],
        };

        yield return new("an_adjustment_the_school_makes_to_its_own_conditions_after_a_letter_amends_nothing",
            "Các trường xây dựng kế hoạch dạy học theo Chương trình môn Địa lí ban hành kèm theo Quyết định số 24/2007/QĐ-BGDĐT ngày 11/6/2007 và được điều chỉnh cho phù hợp với điều kiện của nhà trường theo Công văn số 611/BGDĐT-GDTrH ngày 20/8/2012 của Bộ Giáo dục và Đào tạo.")
        {
            Documents = [Doc("24/2007/QĐ-BGDĐT", "Quyết định", "2007-06-11", Central), Doc("611/BGDĐT-GDTrH", "Công văn", "2012-08-20", Central)],
            Relations = [],
        };

        yield return new("a_document_issued_after_the_one_whose_title_names_a_list_is_not_in_that_title",
            "Căn cứ Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư (khóa X) về nâng cao chất lượng sinh hoạt chi bộ và Hướng dẫn số 12-HD/BTCTW, ngày 06/7/2018 của Ban Tổ chức Trung ương hướng dẫn một số vấn đề về sinh hoạt chi bộ;")
        {
            Documents = [Doc("18-KL/TW", "Kết luận", "2017-09-22", Central), Doc("10-CT/TW", "Chỉ thị", level: Central), Doc("12-HD/BTCTW", "Hướng dẫn", "2018-07-06", Central)],
            Relations = [Rel(Self, BasedOn, "18-KL/TW"), Rel(Self, BasedOn, "12-HD/BTCTW"), Rel("18-KL/TW", Continues, "10-CT/TW")],
        };

        yield return new("a_document_issued_before_the_one_whose_title_names_a_list_stays_in_that_title",
            "Căn cứ Kết luận số 18-KL/TW, ngày 22/9/2017 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 10-CT/TW, ngày 30/3/2007 và Quy định số 29-QĐ/TW, ngày 25/7/2016 của Ban Chấp hành Trung ương;")
        {
            Documents = [Doc("18-KL/TW", "Kết luận", "2017-09-22", Central), Doc("10-CT/TW", "Chỉ thị", "2007-03-30", Central), Doc("29-QĐ/TW", "Quy định", "2016-07-25", Central)],
            Relations = [Rel(Self, BasedOn, "18-KL/TW"), Rel("18-KL/TW", Continues, "10-CT/TW"), Rel("18-KL/TW", Continues, "29-QĐ/TW")],
        };

        yield return new("a_symbol_glued_to_the_next_word_by_a_pdf_is_still_read",
            "Căn cứ quyết định số 3400/2014/QĐ- UBNDngày 31/12/2014 về việc sửa đổi bổ sung một số điều của quyết định số 68/2010/QĐ-UBND ngày 12/01/2010 của UBND tỉnh Quảng Ninh;")
        {
            Documents = [Doc("3400/2014/QĐ-UBND", "Quyết định", "2014-12-31"), Doc("68/2010/QĐ-UBND", "Quyết định", "2010-01-12", Province, "Quảng Ninh")],
            Relations = [Rel(Self, BasedOn, "3400/2014/QĐ-UBND"), Rel("3400/2014/QĐ-UBND", Amends, "68/2010/QĐ-UBND")],
        };
        yield return new("a_lead_in_list_goes_on_after_a_semicolon_with_the_direction_given_in_letters",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU",
                "Số: 88/KH-UBND",
                "Bạc Liêu, ngày 20 tháng 3 năm 2023",
                "KẾ HOẠCH",
                "Phát triển kinh tế tập thể năm 2023",
                "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ; chỉ đạo của Ban cán sự đảng Ủy ban nhân dân tỉnh tại Công văn số 612-CV/BCSĐ ngày 06/3/2023 và Công văn số 640/UBND-KT ngày 10/3/2023, Ủy ban nhân dân tỉnh xây dựng Kế hoạch với các nội dung như sau:"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "88/KH-UBND", Date: "2023-03-20", Level: Province, Locality: "Bạc Liêu"),
            Documents = [Doc("09/NQ-CP", "Nghị quyết", "2023-02-02", Central), Doc("612-CV/BCSĐ", "Công văn", "2023-03-06"), Doc("640/UBND-KT", "Công văn", "2023-03-10")],
            Relations = [Rel(Self, Implements, "09/NQ-CP"), Rel(Self, Implements, "612-CV/BCSĐ"), Rel(Self, Implements, "640/UBND-KT")],
        };

        yield return new("a_plan_does_not_carry_out_a_conclusion_issued_after_it",
            "Quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Kế hoạch số 12-KH/HU ngày 10/3/2022 của Huyện ủy thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Kết luận số 35-KL/TU ngày 5/9/2023 của Tỉnh ủy, các chi bộ đã nêu gương.")
        {
            Documents = [Doc("01-KL/TW", "Kết luận", "2021-05-18", Central), Doc("12-KH/HU", "Kế hoạch", "2022-03-10", District), Doc("35-KL/TU", "Kết luận", "2023-09-05", Province)],
            Relations = [Rel("12-KH/HU", Implements, "01-KL/TW")],
            ExactRelations = false,
        };

        yield return new("a_plan_carries_out_each_earlier_document_of_its_list",
            "Kế hoạch số 12-KH/HU ngày 10/3/2022 của Huyện ủy thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Kết luận số 35-KL/TU ngày 5/9/2021 của Tỉnh ủy.")
        {
            Documents = [Doc("12-KH/HU", "Kế hoạch", "2022-03-10", District), Doc("01-KL/TW", "Kết luận", level: Central), Doc("35-KL/TU", "Kết luận", "2021-09-05", Province)],
            Relations = [Rel("12-KH/HU", Implements, "01-KL/TW"), Rel("12-KH/HU", Implements, "35-KL/TU")],
        };

        yield return new("a_lead_in_reads_past_the_manner_of_carrying_out_to_the_documents",
            Lines(
                "BỘ TƯ PHÁP",
                "Số: 2150/BTP-PBGDPL",
                "Hà Nội, ngày 25 tháng 5 năm 2023",
                "V/v hướng dẫn công tác phổ biến, giáo dục pháp luật năm 2023",
                "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.",
                "Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong Chỉ thị số 32-CT/TW ngày 09/12/2003 của Ban Bí thư và Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ, Bộ Tư pháp đề nghị các địa phương thực hiện các nội dung sau:",
                "1. Tăng cường tuyên truyền pháp luật."))
        {
            Documents = [Doc("32-CT/TW", "Chỉ thị", "2003-12-09", Central), Doc("1521/QĐ-TTg", "Quyết định", "2020-10-06", Central)],
            Relations = [Rel(Self, Implements, "32-CT/TW"), Rel(Self, Implements, "1521/QĐ-TTg")],
        };

        yield return new("a_list_opening_with_a_programme_named_in_lower_case_governs_the_numbered_plan_after_it",
            DongSonYouthPlan("Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024 của Ban Chấp hành Huyện đoàn; Kế hoạch số 132-KH/TĐTN-BTG ngày 20/02/2024 của Ban Thường vụ Tỉnh đoàn Thanh Hóa về tổ chức Tháng Thanh niên năm 2024, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:"))
        {
            Documents = [Doc("132-KH/TĐTN-BTG", "Kế hoạch", "2024-02-20")],
            Relations = [Rel(Self, Implements, "132-KH/TĐTN-BTG")],
        };

        yield return new("a_list_opening_with_a_charter_governs_the_numbered_documents_after_it",
            DongSonYouthPlan("Thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh khóa XII; Chỉ thị số 15-CT/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 132-KH/TĐTN-BTG ngày 20/02/2024 của Ban Thường vụ Tỉnh đoàn Thanh Hóa về tổ chức Tháng Thanh niên năm 2024, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:"))
        {
            Documents = [Doc("15-CT/TU", "Chỉ thị", "2024-01-10"), Doc("132-KH/TĐTN-BTG", "Kế hoạch", "2024-02-20")],
            Relations = [Rel(Self, Implements, "15-CT/TU"), Rel(Self, Implements, "132-KH/TĐTN-BTG")],
        };

        yield return new("a_charter_named_in_a_clause_of_its_own_does_not_open_the_list",
            DongSonYouthPlan("Thực hiện Điều lệ Đoàn, năm 2024 các chi đoàn đã sinh hoạt đều đặn; Kế hoạch số 132-KH/TĐTN-BTG ngày 20/02/2024 của Ban Thường vụ Tỉnh đoàn Thanh Hóa được triển khai đến các cơ sở đoàn."))
        {
            Documents = [Doc("132-KH/TĐTN-BTG", "Kế hoạch", "2024-02-20")],
        };

        yield return new("a_clause_in_lower_case_before_a_semicolon_is_not_a_named_programme",
            DongSonYouthPlan("Thực hiện chương trình công tác năm 2024, Huyện đoàn đã tổ chức nhiều hoạt động; Kế hoạch số 132-KH/TĐTN-BTG ngày 20/02/2024 của Ban Thường vụ Tỉnh đoàn Thanh Hóa được triển khai đến các cơ sở đoàn."))
        {
            Documents = [Doc("132-KH/TĐTN-BTG", "Kế hoạch", "2024-02-20")],
        };

        yield return new("a_sentence_going_on_from_a_lead_in_with_tren_tinh_than_do_issues_what_carries_it_out",
            "Thực hiện Kế hoạch số 210/KH-MTTQ-BTT ngày 15/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023. Trên tinh thần đó, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mỹ Tú đã ban hành Kế hoạch số 31/KH-MTTQ-BTT ngày 22/3/2023 để triển khai đến các khu dân cư.")
        {
            Documents = [Doc("210/KH-MTTQ-BTT", "Kế hoạch", "2023-03-15"), Doc("31/KH-MTTQ-BTT", "Kế hoạch", "2023-03-22")],
            Relations = [Rel("31/KH-MTTQ-BTT", Implements, "210/KH-MTTQ-BTT")],
        };

        yield return new("a_sentence_opening_on_another_matter_does_not_carry_out_the_lead_in_before_it",
            "Thực hiện Kế hoạch số 210/KH-MTTQ-BTT ngày 15/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023. Bên cạnh đó, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mỹ Tú đã ban hành Kế hoạch số 31/KH-MTTQ-BTT ngày 22/3/2023 về giám sát việc thực hiện chính sách bảo hiểm y tế.")
        {
            Documents = [Doc("210/KH-MTTQ-BTT", "Kế hoạch", "2023-03-15"), Doc("31/KH-MTTQ-BTT", "Kế hoạch", "2023-03-22")],
            // the news item's own lead-in, as any headerless item's
            Relations = [Rel(Self, Implements, "210/KH-MTTQ-BTT")],
        };
    }

    private static string DongSonYouthPlan(string preamble) =>
        Lines(
            "BCH ĐOÀN TỈNH THANH HÓA",
            "BCH ĐOÀN HUYỆN ĐÔNG SƠN",
            "Số: 38-KH/ĐTN",
            "Đông Sơn, ngày 26 tháng 02 năm 2024",
            "KẾ HOẠCH",
            "Tổ chức Tháng Thanh niên năm 2024",
            preamble,
            "I. MỤC ĐÍCH, YÊU CẦU");
}
