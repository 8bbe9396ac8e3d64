using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Legal bases as decisions and HĐND resolutions write them: a basis whose title names a field of work
/// ("… cho công tác xây dựng văn bản quy phạm pháp luật") before a "Xét Tờ trình … ban hành Nghị quyết" that
/// runs on without a full stop; a basis that details and guides a decree; "Để tiếp tục thực hiện"; a regulation
/// amended by a list of circulars; articles listed before the document they belong to; the bases of a document a page reproduces in full. Every spec lists all its relations, so an extra one fails it.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> LegalBases()
    {
        yield return new("a_basis_letter_whose_title_joins_two_tasks_with_and_carries_out_the_decision_it_names",
            Lines(
                "KẾ HOẠCH",
                "Thực hiện Đề án phổ biến, giáo dục pháp luật vùng dân tộc thiểu số",
                "Căn cứ Công văn số 808/UBDT-TT ngày 15 tháng 8 năm 2017 của Ủy ban Dân tộc về việc xây dựng nhiệm vụ kế hoạch và dự toán ngân sách nhà nước thực hiện Quyết định số 1163/QĐ-TTg ; UBND tỉnh Thanh Hóa ban hành Kế hoạch như sau:"))
        {
            Documents = [Doc("808/UBDT-TT", "Công văn", "2017-08-15", Central), Doc("1163/QĐ-TTg", "Quyết định", level: Central)],
            Relations = [Rel(Self, BasedOn, "808/UBDT-TT"), Rel("808/UBDT-TT", Implements, "1163/QĐ-TTg")],
        };

        yield return new("a_report_on_a_letter_and_five_years_of_a_decision_joins_no_two_of_them",
            Lines(
                "BÁO CÁO",
                "Kết quả thực hiện Công văn số 808/UBDT-TT ngày 15/8/2017 của Ủy ban Dân tộc và 05 năm thực hiện Quyết định số 1163/QĐ-TTg ngày 08/8/2017 của Thủ tướng Chính phủ"))
        {
            Documents = [Doc("808/UBDT-TT", "Công văn", "2017-08-15", Central), Doc("1163/QĐ-TTg", "Quyết định", "2017-08-08", Central)],
            Relations = [Rel(Self, Reviews, "808/UBDT-TT"), Rel(Self, Reviews, "1163/QĐ-TTg")],
        };

        yield return new("a_basis_sentence_opening_with_unnumbered_laws_governs_the_decree_after_its_semicolons",
            Lines(
                "QUYẾT ĐỊNH",
                "Về việc ban hành Quy định về tiếp công dân",
                "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
                "Căn cứ Luật Khiếu nại, tố cáo ngày 02 tháng 12 năm 1998; các Luật sửa đổi, bổ sung một số điều của Luật Khiếu nại, tố cáo ngày 15 tháng 6 năm 2004 và ngày 29 tháng 11 năm 2005; Nghị định số 136/2006/NĐ-CP ngày 14 tháng 11 năm 2006 của Chính phủ quy định chi tiết thi hành Luật Khiếu nại, tố cáo;",
                "Xét đề nghị của Chánh Thanh tra tỉnh,",
                "QUYẾT ĐỊNH:"))
        {
            Documents = [Doc("136/2006/NĐ-CP", "Nghị định", "2006-11-14", Central)],
            Relations = [Rel(Self, BasedOn, "136/2006/NĐ-CP")],
        };

        yield return new("a_carrying_out_lead_in_after_a_basis_takes_over_the_items_after_it",
            Lines(
                "CÔNG VĂN",
                "V/v dự thảo Chỉ thị về cải cách hành chính",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Thực hiện Quyết định số 2629/QĐ-UBND ngày 23/12/2022 của UBND tỉnh Quảng Nam; Chương trình số 21/CTr-UBND ngày 19/01/2023 của UBND tỉnh Quảng Nam; Sở Nội vụ tham mưu dự thảo Chỉ thị."))
        {
            Documents = [Doc("2629/QĐ-UBND", "Quyết định", "2022-12-23", Province, "Quảng Nam"), Doc("21/CTr-UBND", "Chương trình", "2023-01-19", Province, "Quảng Nam")],
            Relations = [Rel(Self, Implements, "2629/QĐ-UBND"), Rel(Self, Implements, "21/CTr-UBND")],
        };

        yield return new("a_regulation_issued_with_a_decision_says_so_under_its_title",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
                "QUY CHẾ",
                "Phối hợp trong công tác tiếp công dân trên địa bàn tỉnh",
                "(Ban hành kèm theo Quyết định số 25/2020/QĐ-UBND ngày 12/5/2020 của Ủy ban nhân dân tỉnh Bắc Giang)",
                "Chương I. QUY ĐỊNH CHUNG",
                "Điều 1. Quy chế này quy định việc phối hợp giữa các sở, ngành trong công tác tiếp công dân."))
        {
            Documents = [Doc("25/2020/QĐ-UBND", "Quyết định", "2020-05-12", Province, "Bắc Giang")],
            Relations = [Rel("25/2020/QĐ-UBND", Issues, Self)],
        };

        yield return new("a_decision_issues_the_plan_attached_to_its_article_of_approval",
            BacGiangDecision(Lines(
                "Điều 1. Phê duyệt Kế hoạch thực hiện Đề án “Xóa mù chữ đến năm 2030” trên địa bàn tỉnh.",
                "(Kèm theo Kế hoạch số 140/KH-SGDĐT ngày 10/11/2023 của Giám đốc Sở Giáo dục và Đào tạo)")))
        {
            Documents = [Doc("140/KH-SGDĐT", "Kế hoạch", "2023-11-10")],
            Relations = [Rel(Self, Issues, "140/KH-SGDĐT")],
        };

        yield return new("a_plan_attached_after_an_article_that_assigns_work_is_not_issued_by_the_decision",
            BacGiangDecision(Lines(
                "Điều 1. Giao Sở Giáo dục và Đào tạo chủ trì tổ chức thực hiện xóa mù chữ trên địa bàn tỉnh.",
                "(Kèm theo Kế hoạch số 140/KH-SGDĐT ngày 10/11/2023 của Giám đốc Sở Giáo dục và Đào tạo)")))
        {
            Documents = [Doc("140/KH-SGDĐT", "Kế hoạch", "2023-11-10")],
            Relations = [],
        };

        yield return new("a_regulation_named_in_a_sentence_as_issued_with_a_decision_is_not_the_text",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
                "Số: 120/BC-UBND",
                "Bắc Giang, ngày 20 tháng 12 năm 2020",
                "BÁO CÁO",
                "Kết quả công tác tiếp công dân năm 2020",
                "Các sở, ngành đã thực hiện nghiêm Quy chế ban hành kèm theo Quyết định số 25/2020/QĐ-UBND ngày 12/5/2020 của Ủy ban nhân dân tỉnh.",
                "1. Kết quả tiếp công dân"))
        {
            Documents = [Doc("25/2020/QĐ-UBND", "Quyết định", "2020-05-12", Province, "Bắc Giang")],
            Relations = [],
        };

        yield return new("a_rule_in_the_body_that_cites_laws_and_a_decree_after_semicolons_states_no_basis",
            Lines(
                "QUYẾT ĐỊNH",
                "Về việc ban hành Quy định về tiếp công dân",
                "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
                "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy định về tiếp công dân.",
                "Điều 2. Khi tiếp công dân, cán bộ căn cứ Luật Khiếu nại, tố cáo ngày 02 tháng 12 năm 1998; các Luật sửa đổi, bổ sung Luật Khiếu nại, tố cáo; Nghị định số 136/2006/NĐ-CP ngày 14 tháng 11 năm 2006 của Chính phủ để giải thích cho công dân."))
        {
            Documents = [Doc("136/2006/NĐ-CP", "Nghị định", "2006-11-14", Central)],
        };

        yield return new("basis_title_naming_a_field_of_work_is_still_the_resolution_s_basis",
            Lines(
                "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI",
                "Số: 27/2023/NQ-HĐND",
                "Lào Cai, ngày 08 tháng 12 năm 2023",
                "NGHỊ QUYẾT",
                "QUY ĐỊNH MỨC CHI BẢO ĐẢM CHO CÔNG TÁC XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT",
                "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI",
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
                "Căn cứ Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ Tài chính quy định lập dự toán, quản lý, sử dụng và quyết toán kinh phí ngân sách nhà nước bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật và hoàn thiện hệ thống pháp luật;",
                "Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết quy định mức chi"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "27/2023/NQ-HĐND", Date: "2023-12-08", Level: Province, Locality: "Lào Cai"),
            Documents = [Doc("338/2016/TT-BTC", "Thông tư", "2016-12-28", Central), Doc("210/TTr-UBND", "Tờ trình", "2023-11-20")],
            Relations = [Rel(Self, BasedOn, "338/2016/TT-BTC")],
        };

        yield return new("a_basis_whose_can_cu_lost_its_breve_is_still_a_basis",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
                "Số: 12/2016/QĐ-UBND",
                "Bình Phước, ngày 14 tháng 3 năm 2016",
                "QUYẾT ĐỊNH",
                "Ban hành Quy định quản lý dự án đầu tư xây dựng",
                "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
                "Can cứ Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 của Chính phủ về quản lý dự án đầu tư xây dựng;",
                "Căn cứ Nghị định số 32/2015/NĐ-CP ngày 25/3/2015 của Chính phủ về quản lý chi phí đầu tư xây dựng;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý dự án đầu tư xây dựng.",
                "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký; thay thế Quyết định số 03/2014/QĐ-UBND ngày 20/01/2014 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định", Symbol: "12/2016/QĐ-UBND", Date: "2016-03-14", Level: Province, Locality: "Bình Phước"),
            Documents =
            [
                Doc("59/2015/NĐ-CP", "Nghị định", "2015-06-18", Central), Doc("32/2015/NĐ-CP", "Nghị định", "2015-03-25", Central),
                Doc("03/2014/QĐ-UBND", "Quyết định", "2014-01-20", Province),
            ],
            Relations = [Rel(Self, BasedOn, "59/2015/NĐ-CP"), Rel(Self, BasedOn, "32/2015/NĐ-CP"), Rel(Self, Replaces, "03/2014/QĐ-UBND")],
        };

        // the clause after the semicolon has a subject of its own: it is not the decision that replaces
        yield return new("a_clause_with_its_own_subject_after_the_semicolon_replaces_nothing_for_the_decision",
            Lines(
                "QUYẾT ĐỊNH:",
                "Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký; Sở Xây dựng đề xuất thay thế Quyết định số 03/2014/QĐ-UBND ngày 20/01/2014 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định"),
            Documents = [Doc("03/2014/QĐ-UBND", "Quyết định", "2014-01-20", Province)],
        };

        yield return new("basis_that_details_and_guides_a_decree_guides_it",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
                "Số: 14/2016/QĐ-UBND",
                "Hậu Giang, ngày 05 tháng 5 năm 2016",
                "QUYẾT ĐỊNH",
                "Ban hành Quy chế phối hợp quản lý nhà nước về bán đấu giá tài sản",
                "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG",
                "Căn cứ Nghị định số 17/2010/NĐ-CP ngày 04 tháng 3 năm 2010 của Chính phủ về bán đấu giá tài sản;",
                "Căn cứ Thông tư số 23/2010/TT-BTP ngày 06 tháng 12 năm 2010 của Bộ Tư pháp quy định chi tiết và hướng dẫn thực hiện Nghị định số 17/2010/NĐ-CP ngày 04 tháng 3 năm 2010 của Chính phủ về bán đấu giá tài sản;",
                "Theo đề nghị của Giám đốc Sở Tư pháp,",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định", Symbol: "14/2016/QĐ-UBND", Date: "2016-05-05", Level: Province, Locality: "Hậu Giang"),
            Documents = [Doc("17/2010/NĐ-CP", "Nghị định", "2010-03-04", Central), Doc("23/2010/TT-BTP", "Thông tư", "2010-12-06", Central)],
            Relations = [Rel(Self, BasedOn, "17/2010/NĐ-CP"), Rel(Self, BasedOn, "23/2010/TT-BTP"), Rel("23/2010/TT-BTP", Guides, "17/2010/NĐ-CP")],
        };

        yield return new("to_go_on_carrying_out_a_resolution_continues_it",
            Lines(
                "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH",
                "Số: 91/2024/NQ-HĐND",
                "Hà Tĩnh, ngày 16 tháng 7 năm 2024",
                "NGHỊ QUYẾT",
                "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024",
                "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Để tiếp tục thực hiện có hiệu quả Nghị quyết số 45/2023/NQ-HĐND ngày 12 tháng 12 năm 2023 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2024;",
                "Xét Tờ trình số 301/TTr-UBND ngày 02 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh;",
                "QUYẾT NGHỊ:"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "91/2024/NQ-HĐND", Date: "2024-07-16", Level: Province, Locality: "Hà Tĩnh"),
            Documents = [Doc("45/2023/NQ-HĐND", "Nghị quyết", "2023-12-12", Province, "Hà Tĩnh"), Doc("301/TTr-UBND", "Tờ trình", "2024-07-02")],
            Relations = [Rel(Self, Continues, "45/2023/NQ-HĐND")],
        };

        yield return new("each_circular_of_an_amending_list_amends_the_first_and_a_semicolon_ends_the_list",
            Lines(
                "UBND TỈNH NGHỆ AN",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "Số: 1520/SGDĐT-KTKĐ",
                "Nghệ An, ngày 10 tháng 4 năm 2025",
                "V/v tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2025",
                "Kỳ thi năm 2025 được tổ chức theo Quy chế ban hành kèm theo Thông tư số 24/2024/TT-BGDĐT ngày 24/12/2024 được sửa đổi, bổ sung tại Thông tư số 03/2025/TT-BGDĐT ngày 14/02/2025 và Thông tư số 06/2025/TT-BGDĐT ngày 20/3/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo; Công văn số 1091/BGDĐT-QLCL ngày 15/3/2025 của Bộ Giáo dục và Đào tạo hướng dẫn tổ chức kỳ thi."))
        {
            Own = new(Type: "Công văn", Symbol: "1520/SGDĐT-KTKĐ", Date: "2025-04-10", Level: Agency, Locality: "Nghệ An", Issuer: "Sở Giáo dục và Đào tạo tỉnh Nghệ An"),
            Documents =
            [
                Doc("24/2024/TT-BGDĐT", "Thông tư", "2024-12-24", Central), Doc("03/2025/TT-BGDĐT", "Thông tư", "2025-02-14", Central),
                Doc("06/2025/TT-BGDĐT", "Thông tư", "2025-03-20", Central), Doc("1091/BGDĐT-QLCL", "Công văn", "2025-03-15", Central),
            ],
            Relations = [Rel("03/2025/TT-BGDĐT", Amends, "24/2024/TT-BGDĐT"), Rel("06/2025/TT-BGDĐT", Amends, "24/2024/TT-BGDĐT")],
        };
        const string Lead = "Ngày 15/3/2024, Ban Dân vận Trung ương ban hành Hướng dẫn số 52-HD/BDVTW về công tác dân vận năm 2024.";
        const string Quoted =
            "Căn cứ Quy định số 190-QĐ/TW ngày 24/9/2019 của Ban Bí thư về chức năng, nhiệm vụ của Ban Dân vận Trung ương; " +
            "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận, Ban Dân vận Trung ương hướng dẫn như sau:";
        // the page announcing the document it reproduces is that document (AnnouncementReader)
        yield return new("a_page_reproducing_a_document_in_full_gives_its_bases_to_that_document",
            Lines("Hướng dẫn công tác dân vận năm 2024", Lead + " Ban biên tập trích đăng toàn văn Hướng dẫn.", Quoted, "I. MỤC ĐÍCH, YÊU CẦU"))
        {
            Own = new(Type: "Hướng dẫn", Symbol: "52-HD/BDVTW", Date: "2024-03-15", Level: Central, Issuer: "Ban Dân vận Trung ương"),
            Documents = [Doc("190-QĐ/TW", "Quy định", "2019-09-24", Central), Doc("114-KL/TW", "Kết luận", "2015-07-14", Central)],
            Relations = [Rel(Self, BasedOn, "190-QĐ/TW"), Rel(Self, BasedOn, "114-KL/TW")],
        };

        yield return new("without_a_word_of_reproduction_the_quoted_bases_stay_the_page_s",
            Lines("Hướng dẫn công tác dân vận năm 2024", Lead, Quoted, "I. MỤC ĐÍCH, YÊU CẦU"))
        {
            Documents = [Doc("52-HD/BDVTW", "Hướng dẫn", "2024-03-15", Central), Doc("190-QĐ/TW", "Quy định", "2019-09-24", Central), Doc("114-KL/TW", "Kết luận", "2015-07-14", Central)],
            Relations = [Rel(Self, BasedOn, "190-QĐ/TW"), Rel(Self, BasedOn, "114-KL/TW")],
        };
        yield return new("articles_listed_with_commas_and_và_belong_to_the_document_after_them",
            Lines(
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
                "Số: 19/2024/QĐ-UBND",
                "Đắk Lắk, ngày 12 tháng 6 năm 2024",
                "QUYẾT ĐỊNH",
                "Ban hành Quy định tuyển dụng viên chức",
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
                "Căn cứ Thông tư số 06/2023/TT-BNV ngày 04 tháng 5 năm 2023 của Bộ trưởng Bộ Nội vụ sửa đổi, bổ sung khoản 1 Điều 2, khoản 3 Điều 5 và Điều 9 của Thông tư số 01/2021/TT-BNV ngày 11 tháng 01 năm 2021 của Bộ trưởng Bộ Nội vụ;",
                "Căn cứ Quyết định số 1127/QĐ-UBND ngày 20 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh quy định cụ thể hóa Điều 18 và Điều 20 của Thông tư số 01/2021/TT-BNV;",
                "Theo đề nghị của Giám đốc Sở Nội vụ.",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định", Symbol: "19/2024/QĐ-UBND", Date: "2024-06-12", Level: Province, Locality: "Đắk Lắk"),
            Documents = [Doc("06/2023/TT-BNV", "Thông tư", "2023-05-04", Central), Doc("01/2021/TT-BNV", "Thông tư", "2021-01-11", Central), Doc("1127/QĐ-UBND", "Quyết định", "2022-05-20", Province, "Đắk Lắk")],
            Relations =
            [
                Rel(Self, BasedOn, "06/2023/TT-BNV"), Rel(Self, BasedOn, "1127/QĐ-UBND"),
                Rel("06/2023/TT-BNV", Amends, "01/2021/TT-BNV"), Rel("1127/QĐ-UBND", Implements, "01/2021/TT-BNV"),
            ],
        };

        yield return new("articles_listed_right_before_the_document_they_belong_to_are_what_a_guidance_guides",
            "Hướng dẫn số 05-HD/UBKTTU, ngày 12/10/2018 của Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực hiện Khoản 1, Điều 6, Quy định 22-QĐ/TW, ngày 28/7/2016 của Ban Chấp hành Trung ương về công tác kiểm tra như sau:")
        {
            Documents = [Doc("05-HD/UBKTTU", "Hướng dẫn", "2018-10-12", Agency), Doc("22-QĐ/TW", "Quy định", "2016-07-28", Central)],
            Relations = [Rel("05-HD/UBKTTU", Guides, "22-QĐ/TW")],
        };

        yield return new("articles_that_a_clause_goes_on_after_leave_the_next_document_unguided",
            "Hướng dẫn số 05-HD/UBKTTU, ngày 12/10/2018 của Ủy ban Kiểm tra Tỉnh ủy hướng dẫn thực hiện Điều 6 về giám sát chuyên đề, Quy định 22-QĐ/TW, ngày 28/7/2016 của Ban Chấp hành Trung ương về công tác kiểm tra.")
        {
            Documents = [Doc("05-HD/UBKTTU", "Hướng dẫn", "2018-10-12", Agency), Doc("22-QĐ/TW", "Quy định", "2016-07-28", Central)],
        };
    }
}
