using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Short back-references resolve to the document cited in full before them; one symbol of two
/// years is two documents; "các văn bản trên" points at the documents cited just above.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> BackReferences()
    {
        yield return new("a_letter_asking_to_go_on_with_the_documents_above_continues_them",
            Lines(
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "TỈNH NAM ĐỊNH",
                "Số: 1450/SGDĐT-KHTC",
                "Nam Định, ngày 20 tháng 8 năm 2023",
                "V/v hướng dẫn thu chi năm học 2023-2024",
                "Kính gửi: Các cơ sở giáo dục trực thuộc Sở.",
                "Năm học 2022-2023, Sở Giáo dục và Đào tạo đã ban hành Công văn số 1275/SGDĐT-KHTC ngày 15/7/2022 về việc thực hiện các khoản thu trong lĩnh vực giáo dục;",
                "Để tăng cường quản lý thu chi năm học 2023-2024, Sở Giáo dục và Đào tạo đề nghị các cơ sở giáo dục tiếp tục thực hiện các văn bản chỉ đạo trên và thực hiện các nội dung cụ thể như sau:",
                "1. Thu học phí theo quy định."))
        {
            Own = new(Type: "Công văn", Symbol: "1450/SGDĐT-KHTC", Date: "2023-08-20"),
            Documents = [Doc("1275/SGDĐT-KHTC", "Công văn", "2022-07-15")],
            Relations = [Rel(Self, Continues, "1275/SGDĐT-KHTC")],
        };

        yield return new("documents_on_the_area_above_are_not_the_documents_above",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "HUYỆN YÊN THẾ",
                "Số: 88/UBND-VP",
                "Yên Thế, ngày 02 tháng 6 năm 2023",
                "V/v rà soát văn bản",
                "Năm 2022, Ủy ban nhân dân huyện đã ban hành Quyết định số 12/QĐ-UBND ngày 10/01/2022 về quản lý văn bản.",
                "Ủy ban nhân dân huyện đề nghị các xã tiếp tục thực hiện các văn bản trên địa bàn theo đúng quy định."))
        {
            Own = new(Type: "Công văn", Symbol: "88/UBND-VP", Date: "2023-06-02"),
            Documents = [Doc("12/QĐ-UBND", "Quyết định", "2022-01-10")],
        };

        yield return new("an_issuer_code_slip_beside_the_right_code_is_one_document",
            "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư được quán triệt đến chi bộ. Sau 5 năm thực hiện Kết luận số 43-KL/T ngày 07/01/2019, công tác dân vận của huyện Quế Sơn có nhiều chuyển biến.")
        {
            Documents = [Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, mentions: 2)],
        };

        yield return new("two_real_codes_one_letter_apart_are_two_documents",
            "Công an tỉnh ban hành Kế hoạch số 05-KH/CAT ngày 10/01/2023; Công an thành phố ban hành Kế hoạch số 05-KH/CATP ngày 12/01/2023.")
        {
            Documents = [Doc("05-KH/CAT", "Kế hoạch", "2023-01-10"), Doc("05-KH/CATP", "Kế hoạch", "2023-01-12")],
        };

        yield return new("a_party_symbol_written_once_in_the_state_style_is_one_document",
            "Thực hiện Nghị quyết số 17/NQ-TU ngày 12/4/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số, UBND huyện ban hành Kế hoạch số 45/KH-UBND. Nghị quyết số 17-NQ/TU đặt mục tiêu đến năm 2025.")
        {
            Documents = [Doc("17-NQ/TU", "Nghị quyết", "2023-04-12", Province, mentions: 2), Doc("45/KH-UBND", "Kế hoạch")],
            Relations = [Rel("45/KH-UBND", Implements, "17-NQ/TU")],
        };

        yield return new("one_number_in_both_styles_with_dates_of_other_years_is_two_documents",
            "Nghị quyết số 17/NQ-TU ngày 12/4/2023 của Ban Thường vụ Tỉnh ủy và Nghị quyết số 17-NQ/TU ngày 05/01/2016 của Ban Thường vụ Tỉnh ủy đều được quán triệt.")
        {
            Documents = [Doc("17/NQ-TU", "Nghị quyết", "2023-04-12", Province), Doc("17-NQ/TU", "Nghị quyết", "2016-01-05", Province)],
        };

        yield return new("a_project_called_by_the_number_of_the_decision_that_approved_it_is_that_decision",
            Lines(
                "Căn cứ Quyết định số 31/2009/QĐ-TTg ngày 24 tháng 02 năm 2009 của Thủ tướng Chính phủ phê duyệt đề án “Tuyên truyền phổ biến pháp luật cho người lao động”;",
                "Thực hiện Công văn số 2717/LĐTBXH-PC ngày 08 tháng 8 năm 2012 của Bộ Lao động - Thương binh và Xã hội về việc tiếp tục thực hiện Đề án 31 đến năm 2016, Uỷ ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Đề án 31 giai đoạn II như sau:"))
        {
            Documents = [Doc("31/2009/QĐ-TTg", "Quyết định", "2009-02-24", Central, mentions: 3), Doc("2717/LĐTBXH-PC", "Công văn", "2012-08-08", Central)],
            Relations = [Rel(Self, BasedOn, "31/2009/QĐ-TTg"), Rel("2717/LĐTBXH-PC", Continues, "31/2009/QĐ-TTg"), Rel(Self, Implements, "2717/LĐTBXH-PC")],
        };

        yield return new("a_project_with_the_number_of_a_decision_that_approved_none_is_not_that_decision",
            "Căn cứ Quyết định số 31/2009/QĐ-TTg ngày 24 tháng 02 năm 2009 của Thủ tướng Chính phủ về chế độ báo cáo; các sở tiếp tục triển khai Đề án 31.")
        {
            Documents = [Doc("31/2009/QĐ-TTg", "Quyết định", "2009-02-24", Central)],
            Relations = [Rel(Self, BasedOn, "31/2009/QĐ-TTg")],
        };

        yield return new("a_decree_shortened_to_its_number_and_issuer_is_the_one_cited_in_full",
            "Căn cứ Nghị định số 59/2006/NĐ-CP ngày 12/6/2006 của Chính phủ quy định chi tiết Luật Thương mại; Nghị định số 43/2009/NĐ-CP ngày 07/5/2009 của Chính phủ sửa đổi, bổ sung danh mục hàng hóa của Nghị định số 59/CP;")
        {
            Documents = [Doc("59/2006/NĐ-CP", "Nghị định", "2006-06-12", Central, mentions: 2), Doc("43/2009/NĐ-CP", "Nghị định", "2009-05-07", Central)],
            Relations = [Rel(Self, BasedOn, "59/2006/NĐ-CP"), Rel(Self, BasedOn, "43/2009/NĐ-CP"), Rel("43/2009/NĐ-CP", Amends, "59/2006/NĐ-CP")],
        };

        yield return new("an_old_decree_of_another_year_under_a_shortened_symbol_is_its_own_document",
            "Nghị định số 59/2006/NĐ-CP ngày 12/6/2006 của Chính phủ thay thế Nghị định số 59/CP ngày 02/8/1996 của Chính phủ.")
        {
            Documents = [Doc("59/2006/NĐ-CP", "Nghị định", "2006-06-12", Central), Doc("59/CP", "Nghị định", "1996-08-02", Central)],
            Relations = [Rel("59/2006/NĐ-CP", Replaces, "59/CP")],
        };

        yield return new("short_references_resolve_to_earlier_full_citations", ShortReferencesText)
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, mentions: 2),
                Doc("45-KH/HU", "Kế hoạch", "2013-08-12", District, "Tam Nông", mentions: 2),
            ],
            Relations = [Rel("45-KH/HU", Implements, "25-NQ/TW")],
            ShortReferencesResolve = true,
        };

        yield return new("short_references_in_a_heading",
            Lines(
                "Ban Thường vụ Tỉnh ủy Đồng Tháp ban hành Chương trình hành động số 14-CTr/TU ngày 20/3/2019 thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư.",
                "2. Thuận lợi, khó khăn trong quá trình thực hiện Kết luận 43, Chương trình số 14",
                "Được sự quan tâm của Tỉnh ủy, UBND tỉnh Đồng Tháp, công tác dân vận có nhiều chuyển biến."))
        {
            Documents =
            [
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, mentions: 2),
                Doc("14-CTr/TU", "Chương trình", "2019-03-20", Province, "Đồng Tháp", mentions: 2),
            ],
            Relations = [Rel("14-CTr/TU", Implements, "43-KL/TW")],
            ShortReferencesResolve = true,
        };

        yield return new("later_mention_with_symbol_but_no_date_is_the_same_document",
            "Đề án số 06-ĐA/TU ngày 03/02/2023 của Ban Thường vụ Tỉnh ủy Lâm Đồng về nâng cao chất lượng công tác dân vận ở vùng đồng bào dân tộc thiểu số. Sau 6 tháng triển khai Đề án 06-ĐA/TU, các cấp ủy đã xây dựng 45 mô hình “Dân vận khéo”.")
        {
            Documents = [Doc("06-ĐA/TU", "Đề án", "2023-02-03", Province, "Lâm Đồng", mentions: 2)],
        };

        yield return new("short_reference_to_a_decision_governs_a_later_plan",
            "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Thực hiện Quyết định 290, Ban Thường vụ Huyện ủy Mỹ Xuyên ban hành Kế hoạch số 27-KH/HU ngày 15/5/2010 để cụ thể hóa trên địa bàn huyện Mỹ Xuyên.")
        {
            Documents =
            [
                Doc("290-QĐ/TW", "Quyết định", "2010-02-25", Central, issuer: "Bộ Chính trị", mentions: 2),
                Doc("27-KH/HU", "Kế hoạch", "2010-05-15", District, "Mỹ Xuyên"),
            ],
            Relations = [Rel("27-KH/HU", Implements, "290-QĐ/TW")],
            ShortReferencesResolve = true,
        };

        yield return new("same_party_symbol_of_two_years_is_two_documents",
            "Đề án số 06-ĐA/TU ngày 14/12/2017 của Tỉnh ủy Lâm Đồng về phát triển nông nghiệp ứng dụng công nghệ cao đã hoàn thành mục tiêu. Đề án số 06-ĐA/TU ngày 03/02/2023 của Ban Thường vụ Tỉnh ủy Lâm Đồng về nâng cao chất lượng công tác dân vận ở vùng đồng bào dân tộc thiểu số. Triển khai Đề án số 06, các cấp ủy đã xây dựng 45 mô hình “Dân vận khéo”.")
        {
            Documents =
            [
                Doc("06-ĐA/TU", "Đề án", "2017-12-14", Province, "Lâm Đồng", mentions: 1),
                Doc("06-ĐA/TU", "Đề án", "2023-02-03", Province, "Lâm Đồng", mentions: 2),
            ],
            ShortReferencesResolve = true,
        };

        yield return new("same_state_symbol_of_two_years_is_two_documents",
            "Kế hoạch số 35/KH-UBND ngày 17/02/2022 của UBND huyện Tam Nông về công tác dân vận chính quyền năm 2022 đạt kết quả tốt. Kế hoạch số 35/KH-UBND ngày 09/3/2023 của UBND huyện Tam Nông về công tác dân vận chính quyền năm 2023 đang được triển khai.")
        {
            Documents =
            [
                Doc("35/KH-UBND", "Kế hoạch", "2022-02-17", District, "Tam Nông"),
                Doc("35/KH-UBND", "Kế hoạch", "2023-03-09", District, "Tam Nông"),
            ],
        };

        yield return new("annual_plans_with_one_number_and_one_title_pattern_stay_two_documents",
            "Kế hoạch số 35/KH-UBND ngày 17/02/2022 của UBND huyện Tam Nông về công tác dân vận chính quyền năm 2022. Kế hoạch số 35/KH-UBND ngày 09/3/2023 của UBND huyện Tam Nông về công tác dân vận chính quyền năm 2023.")
        {
            Documents =
            [
                Doc("35/KH-UBND", "Kế hoạch", "2022-02-17", District, "Tam Nông", title: "công tác dân vận chính quyền năm 2022"),
                Doc("35/KH-UBND", "Kế hoạch", "2023-03-09", District, "Tam Nông", title: "công tác dân vận chính quyền năm 2023"),
            ],
        };

        yield return new("named_resolution_with_its_symbol_in_brackets_is_one_document",
            "Các cấp ủy trong tỉnh Nghệ An đã quán triệt Nghị quyết Trung ương 7 khóa XI (Nghị quyết số 25-NQ/TW) đến 100% cán bộ, đảng viên.")
        {
            Documents = [Doc("25-NQ/TW", "Nghị quyết", level: Central, mentions: 2)],
        };

        yield return new("miscited_date_stays_one_document_with_the_majority_date",
            "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI được quán triệt kịp thời trên địa bàn huyện Cẩm Xuyên. Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 12/8/2013 về thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013. Qua 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013, nhận thức của cán bộ, đảng viên được nâng lên.")
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, mentions: 3),
                Doc("45-KH/HU", "Kế hoạch", "2013-08-12", District, "Cẩm Xuyên"),
            ],
            Relations = [Rel("45-KH/HU", Implements, "25-NQ/TW")],
        };

        yield return new("type_code_slip_with_the_same_date_is_one_document",
            "Quy chế số 22-QC/TU ngày 30/12/2021 của Ban Thường vụ Tỉnh ủy Sóc Trăng về công tác dân vận của hệ thống chính trị được triển khai đến các chi, đảng bộ. Các cấp ủy thực hiện nghiêm Quy chế số 22-QĐ/TU ngày 30/12/2021 của Ban Thường vụ Tỉnh ủy.")
        {
            Documents = [Doc("22-QC/TU", "Quy chế", "2021-12-30", Province, "Sóc Trăng", mentions: 2)],
        };

        // a UBND numbers each type in a series of its own: a directive and a decision of one number and day are two documents
        yield return new("a_directive_and_a_decision_of_one_number_and_day_each_named_as_its_code_says_are_two_documents",
            "Thực hiện Chỉ thị số 30/CT-UBND ngày 31/12/2020 của UBND tỉnh Thanh Hóa về tổ chức đón Tết; Quyết định số 30/QĐ-UBND ngày 31/12/2020 của UBND tỉnh Thanh Hóa về phòng, chống dịch, UBND xã ban hành kế hoạch như sau:")
        {
            Documents = [Doc("30/CT-UBND", "Chỉ thị", "2020-12-31", Province, "Thanh Hóa"), Doc("30/QĐ-UBND", "Quyết định", "2020-12-31", Province, "Thanh Hóa")],
            Relations = [Rel(Self, Implements, "30/CT-UBND"), Rel(Self, Implements, "30/QĐ-UBND")],
        };

        // a writer drops the year of a State symbol once: the same number, type and issuer in that year is one decision
        yield return new("a_state_symbol_written_once_without_its_year_is_the_same_decision",
            "Thực hiện Quyết định 34/QĐ-TTg ngày 12/8/2020 của Thủ tướng Chính phủ về chính sách hỗ trợ; Thông tư số 06/2021/TT-BTP ngày 03/3/2021 của Bộ Tư pháp hướng dẫn thi hành Quyết định số 34/2020/QĐ-TTg.")
        {
            Documents = [Doc("34/2020/QĐ-TTg", "Quyết định", "2020-08-12", Central, mentions: 2), Doc("06/2021/TT-BTP", "Thông tư", "2021-03-03", Central)],
            Relations = [Rel(Self, Implements, "34/2020/QĐ-TTg"), Rel(Self, Implements, "06/2021/TT-BTP"), Rel("06/2021/TT-BTP", Guides, "34/2020/QĐ-TTg")],
            ExactRelations = false,
        };

        yield return new("a_state_symbol_without_its_year_dated_another_day_is_another_decision",
            "Thực hiện Quyết định 34/QĐ-TTg ngày 08/01/2020 của Thủ tướng Chính phủ về việc giao chỉ tiêu; Quyết định số 34/2020/QĐ-TTg ngày 12/8/2020 của Thủ tướng Chính phủ về chính sách hỗ trợ.")
        {
            Documents = [Doc("34/QĐ-TTg", "Quyết định", "2020-01-08", Central), Doc("34/2020/QĐ-TTg", "Quyết định", "2020-08-12", Central)],
            ExactRelations = false,
        };

        yield return new("a_programme_named_as_the_decision_approved_it_stands_for_that_decision",
            KrongPacPlan(
                "Căn cứ Quyết định số 922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới giai đoạn 2021-2025;",
                "Căn cứ Công văn số 1520/SVHTTDL-QLDL ngày 15/9/2022 của Sở Văn hóa, Thể thao và Du lịch về việc triển khai thực hiện Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới giai đoạn 2021-2025;"))
        {
            Documents = [Doc("922/QĐ-TTg", "Quyết định", "2022-08-02", Central), Doc("1520/SVHTTDL-QLDL", "Công văn", "2022-09-15")],
            Relations = [Rel(Self, BasedOn, "922/QĐ-TTg"), Rel(Self, BasedOn, "1520/SVHTTDL-QLDL"), Rel("1520/SVHTTDL-QLDL", Implements, "922/QĐ-TTg")],
        };

        yield return new("a_programme_named_otherwise_than_the_decision_approved_is_not_that_decision",
            KrongPacPlan(
                "Căn cứ Quyết định số 922/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch nông thôn trong xây dựng nông thôn mới giai đoạn 2021-2025;",
                "Căn cứ Công văn số 1520/SVHTTDL-QLDL ngày 15/9/2022 của Sở Văn hóa, Thể thao và Du lịch về việc triển khai thực hiện Chương trình bảo tồn văn hóa truyền thống các dân tộc tại chỗ;"))
        {
            Documents = [Doc("922/QĐ-TTg", "Quyết định", "2022-08-02", Central), Doc("1520/SVHTTDL-QLDL", "Công văn", "2022-09-15")],
            Relations = [Rel(Self, BasedOn, "922/QĐ-TTg"), Rel(Self, BasedOn, "1520/SVHTTDL-QLDL")],
        };
    }

    private static string ShortReferencesText =>
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 12/8/2013 về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI trên địa bàn huyện Tam Nông. Qua 10 năm thực hiện Nghị quyết số 25 và Kế hoạch 45, nhận thức của cán bộ, đảng viên về công tác dân vận được nâng lên.";

    private static string KrongPacPlan(params string[] bases) =>
        Lines(
        [
            "ỦY BAN NHÂN DÂN",
            "HUYỆN KRÔNG PẮC",
            "Số: 175/KH-UBND",
            "Krông Pắc, ngày 20 tháng 10 năm 2022",
            "KẾ HOẠCH",
            "Phát triển du lịch nông thôn trên địa bàn huyện năm 2023",
            .. bases,
            "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        ]);
}
