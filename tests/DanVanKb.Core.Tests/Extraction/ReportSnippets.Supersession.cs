using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>What amends or replaces what: a title that opens on amending ("VỀ SỬA ĐỔI, BỔ SUNG …") and goes on to a
/// second document, the parts amended written before their document in capitals, verbs joined by a comma, a decision
/// that comes into force and replaces another. With near misses: a title that only names a document, a subject with a
/// cue of its own, a clause of its own after the date of force.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Supersession()
    {
        yield return new("a_title_opening_on_ve_sua_doi_amends_the_resolution_it_names",
            YenBaiResolution("41/2015/NQ-HĐND", "20 tháng 7 năm 2015",
                "Về sửa đổi, bổ sung một số nội dung của Nghị quyết số 12/2013/NQ-HĐND ngày 18/7/2013 của HĐND tỉnh về chính sách hỗ trợ giảm nghèo"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "41/2015/NQ-HĐND", Date: "2015-07-20", Level: Province, Locality: "Yên Bái"),
            Documents = [Doc("12/2013/NQ-HĐND", "Nghị quyết", "2013-07-18", Province, "Yên Bái")],
            Relations = [Rel(Self, Amends, "12/2013/NQ-HĐND")],
        };

        yield return new("an_article_that_opens_by_supplementing_what_a_decision_announced_amends_that_decision",
            BacGiangDecision("Điều 1. Bổ sung 04 thủ tục hành chính (TTHC) vào Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định", Symbol: "119/QĐ-UBND"),
            Documents = [Doc("81/QĐ-UBND", "Quyết định", "2009-08-17")],
            Relations = [Rel(Self, Amends, "81/QĐ-UBND")],
        };

        yield return new("an_article_that_opens_by_replacing_an_appendix_replaces_the_decision_it_came_with",
            BacGiangDecision("Điều 1. Thay thế Phụ lục ban hành kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định", Symbol: "119/QĐ-UBND"),
            Documents = [Doc("81/QĐ-UBND", "Quyết định", "2009-08-17")],
            Relations = [Rel(Self, Replaces, "81/QĐ-UBND")],
        };

        yield return new("an_article_that_supplements_funds_to_carry_out_a_plan_does_not_amend_the_plan",
            BacGiangDecision("Điều 1. Bổ sung kinh phí để thực hiện Kế hoạch số 81/KH-UBND ngày 17/8/2009 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định", Symbol: "119/QĐ-UBND"),
            Documents = [Doc("81/KH-UBND", "Kế hoạch", "2009-08-17")],
            Relations = [],
        };

        yield return new("an_article_that_supplements_a_list_following_a_decision_does_not_amend_it",
            BacGiangDecision("Điều 1. Bổ sung 02 xã vào danh sách xã đạt chuẩn nông thôn mới năm 2009 theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh."))
        {
            Own = new(Type: "Quyết định", Symbol: "119/QĐ-UBND"),
            Documents = [Doc("81/QĐ-UBND", "Quyết định", "2009-08-17")],
            Relations = [],
        };

        yield return new("a_title_that_only_names_a_resolution_does_not_amend_it",
            YenBaiResolution("41/2015/NQ-HĐND", "20 tháng 7 năm 2015",
                "Về chính sách hỗ trợ giảm nghèo theo Nghị quyết số 12/2013/NQ-HĐND ngày 18/7/2013 của HĐND tỉnh"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "41/2015/NQ-HĐND"),
            Documents = [Doc("12/2013/NQ-HĐND", "Nghị quyết", "2013-07-18", Province, "Yên Bái")],
        };

        // the title is one noun phrase: its cue goes on past the first document's subject to the one after "VÀ"; the
        // subject's "VỀ" ends the issuer ("HĐND TỈNH", not a province named "Về Chính Sách"); the second document's own
        // subject amends the first, the part amended written before it in capitals and joined by a dash
        yield return new("a_title_in_capitals_amends_each_resolution_it_joins_with_va",
            YenBaiResolution("55/2016/NQ-HĐND", "15 tháng 12 năm 2016",
                "VỀ SỬA ĐỔI MỘT SỐ NỘI DUNG TẠI MỤC II, ĐIỀU 2 - NGHỊ QUYẾT SỐ 12/2013/NQ-HĐND NGÀY 18/7/2013 CỦA HĐND TỈNH VỀ CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO GIAI ĐOẠN 2013 - 2015 VÀ NGHỊ QUYẾT SỐ 30/2014/NQ-HĐND NGÀY 10/12/2014 VỀ BÃI BỎ, SỬA ĐỔI MỘT SỐ NỘI DUNG TẠI MỤC II, ĐIỀU 2 - NGHỊ QUYẾT SỐ 12/2013/NQ-HĐND NGÀY 18/7/2013 CỦA HĐND TỈNH"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "55/2016/NQ-HĐND"),
            Documents = [Doc("12/2013/NQ-HĐND", "Nghị quyết", "2013-07-18", Province, "Yên Bái", issuer: "Hội đồng nhân dân tỉnh Yên Bái"), Doc("30/2014/NQ-HĐND", "Nghị quyết", "2014-12-10", Province, "Yên Bái")],
            Relations = [Rel(Self, Amends, "12/2013/NQ-HĐND"), Rel(Self, Amends, "30/2014/NQ-HĐND"), Rel("30/2014/NQ-HĐND", Amends, "12/2013/NQ-HĐND")],
        };

        yield return new("a_title_whose_subject_carries_out_the_next_document_does_not_amend_it",
            YenBaiResolution("55/2016/NQ-HĐND", "15 tháng 12 năm 2016",
                "VỀ SỬA ĐỔI MỘT SỐ NỘI DUNG NGHỊ QUYẾT SỐ 12/2013/NQ-HĐND NGÀY 18/7/2013 CỦA HĐND TỈNH VỀ CHÍNH SÁCH HỖ TRỢ GIẢM NGHÈO ĐỂ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA TỈNH VÀ KẾ HOẠCH SỐ 80/KH-UBND NGÀY 05/5/2016"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "55/2016/NQ-HĐND"),
            Documents = [Doc("12/2013/NQ-HĐND", "Nghị quyết", "2013-07-18", Province, "Yên Bái"), Doc("80/KH-UBND", "Kế hoạch", "2016-05-05")],
            Relations = [Rel(Self, Amends, "12/2013/NQ-HĐND"), Rel(Self, Implements, "80/KH-UBND")],
        };

        yield return new("a_resolution_about_repealing_and_amending_parts_of_another_amends_it",
            "Nghị quyết số 30/2014/NQ-HĐND ngày 10/12/2014 của HĐND tỉnh Yên Bái về bãi bỏ, sửa đổi một số nội dung tại Mục II, Điều 2 - Nghị quyết số 12/2013/NQ-HĐND ngày 18/7/2013 của HĐND tỉnh Yên Bái.")
        {
            Documents = [Doc("30/2014/NQ-HĐND", "Nghị quyết", "2014-12-10", Province, "Yên Bái"), Doc("12/2013/NQ-HĐND", "Nghị quyết", "2013-07-18", Province, "Yên Bái")],
            Relations = [Rel("30/2014/NQ-HĐND", Amends, "12/2013/NQ-HĐND")],
        };

        // the issuer stops at "có": "Ủy ban Dân tộc có hiệu lực" is no body
        yield return new("a_decision_that_comes_into_force_and_replaces_another_replaces_it",
            "Quyết định số 715/QĐ-UBDT ngày 02/10/2020 của Ủy ban Dân tộc có hiệu lực từ ngày ký và thay thế Quyết định số 582/QĐ-UBDT ngày 18/8/2020 của Ủy ban Dân tộc.")
        {
            Documents = [Doc("715/QĐ-UBDT", "Quyết định", "2020-10-02", Central, issuer: "Ủy ban Dân tộc"), Doc("582/QĐ-UBDT", "Quyết định", "2020-08-18", Central)],
            Relations = [Rel("715/QĐ-UBDT", Replaces, "582/QĐ-UBDT")],
        };

        yield return new("a_clause_of_its_own_after_the_date_of_force_replaces_nothing",
            "Quyết định số 715/QĐ-UBDT ngày 02/10/2020 của Ủy ban Dân tộc có hiệu lực từ ngày ký, các huyện rà soát và thay thế danh sách theo Quyết định số 582/QĐ-UBDT ngày 18/8/2020 của Ủy ban Dân tộc.")
        {
            Documents = [Doc("715/QĐ-UBDT", "Quyết định", "2020-10-02", Central), Doc("582/QĐ-UBDT", "Quyết định", "2020-08-18", Central)],
        };
    }

    /// <summary>A provincial UBND decision's header, title, first basis and enacting word around its first article.</summary>
    private static string BacGiangDecision(string article) =>
        Lines(
            "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG",
            "Số: 119/QĐ-UBND",
            "Bắc Giang, ngày 23 tháng 11 năm 2009",
            "QUYẾT ĐỊNH",
            "Về việc bổ sung thủ tục hành chính",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;",
            "QUYẾT ĐỊNH:",
            article,
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");

    private static string YenBaiResolution(string number, string date, string title) =>
        Lines(
            "HỘI ĐỒNG NHÂN DÂN",
            "TỈNH YÊN BÁI",
            "Số: " + number,
            "Yên Bái, ngày " + date,
            "NGHỊ QUYẾT",
            title,
            "HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI",
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;");
}
