using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>News items: the item's own record is the event it tells of ("Huyện ủy tổ chức hội nghị quán triệt
/// Chỉ thị …": the conference implements the directive), so "which localities reviewed Y" has an answer. With
/// near-misses: a request to disseminate is not an act; a document nested in a disseminated one's title is not
/// itself disseminated.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> News()
    {
        yield return new("conference_disseminating_a_list_implements_each_document",
            Lines(
                "Huyện ủy Krông Pắc quán triệt các văn bản về đại hội đảng bộ các cấp",
                "Sáng ngày 12/8, Huyện ủy Krông Pắc tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Kế hoạch số 140-KH/TU ngày 20/7/2024 của Tỉnh ủy Đắk Lắk về đại hội đảng bộ các cấp nhiệm kỳ 2025-2030."))
        {
            Documents =
            [
                Doc("35-CT/TW", "Chỉ thị", "2024-06-14", Central, issuer: "Bộ Chính trị"),
                Doc("140-KH/TU", "Kế hoạch", "2024-07-20", Province, "Đắk Lắk"),
            ],
            Relations = [Rel(Self, Implements, "35-CT/TW"), Rel(Self, Implements, "140-KH/TU")],
        };

        yield return new("attendees_taught_a_list_after_a_colon_implement_its_items_not_the_nested_ones",
            Lines(
                "Hơn 300 đại biểu dự hội nghị học tập nghị quyết của Tỉnh ủy Quảng Bình.",
                "Tại hội nghị, các đại biểu đã được quán triệt những nội dung cơ bản của các nghị quyết, kết luận của Ban Chấp hành Đảng bộ tỉnh: Nghị quyết số 02-NQ/TU ngày 04/11/2021 của Tỉnh ủy Quảng Bình về phát triển đô thị; Kết luận số 60-KL/TU ngày 25/7/2022 của Tỉnh ủy Quảng Bình về tiếp tục thực hiện Nghị quyết số 01-NQ/TU ngày 14/8/2016 của Tỉnh ủy Quảng Bình về kinh tế biển."))
        {
            Documents =
            [
                Doc("02-NQ/TU", "Nghị quyết", "2021-11-04", Province, "Quảng Bình"),
                Doc("60-KL/TU", "Kết luận", "2022-07-25", Province, "Quảng Bình"),
                Doc("01-NQ/TU", "Nghị quyết", "2016-08-14", Province, "Quảng Bình"),
            ],
            Relations = [Rel(Self, Implements, "02-NQ/TU"), Rel(Self, Implements, "60-KL/TU"), Rel("60-KL/TU", Continues, "01-NQ/TU")],
        };

        yield return new("conference_report_reviewing_resolutions_cited_by_number_only",
            Lines(
                "Hội nghị Ban Chấp hành Đảng bộ huyện Đầm Dơi lần thứ 12",
                "Hội nghị đã thông qua báo cáo sơ kết thực hiện Nghị quyết số 04 ngày 30/10/2016 của BCH Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng. Dịp này, hội nghị cũng báo cáo tổng kết 10 năm thực hiện Nghị quyết số 03 ngày 27/6/2011 của BCH Đảng bộ tỉnh về nâng cao chất lượng nguồn nhân lực."))
        {
            Documents =
            [
                Doc("#Nghị quyết 04", "Nghị quyết", "2016-10-30", Central),
                Doc("#Nghị quyết 03", "Nghị quyết", "2011-06-27", Province),
            ],
            Relations = [Rel(Self, Reviews, "#Nghị quyết 04"), Rel(Self, Reviews, "#Nghị quyết 03")],
        };

        yield return new("a_conference_reviewing_several_periods_reviews_each_document",
            Lines(
                "Tăng cường công tác dân vận trong tình hình mới",
                "Ngày 28/11, Tỉnh ủy Điện Biên tổ chức Hội nghị trực tiếp kết hợp với trực tuyến tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng; 5 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư; đánh giá 2 năm thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về phong trào thi đua “Dân vận khéo”."))
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central), Doc("43-KL/TW", "Kết luận", "2019-01-07", Central),
                Doc("11-CT/TU", "Chỉ thị", "2021-09-28", Province, "Điện Biên"),
            ],
            Relations = [Rel(Self, Reviews, "25-NQ/TW"), Rel(Self, Reviews, "43-KL/TW"), Rel(Self, Reviews, "11-CT/TU")],
        };

        yield return new("a_request_to_disseminate_is_not_the_events_act",
            Lines(
                "Huyện ủy Tân Hồng triển khai công tác chuẩn bị đại hội",
                "Tại hội nghị, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt đầy đủ, nghiêm túc Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."))
        {
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2024-06-14", Central)],
        };

        yield return new("the_same_words_in_a_report_with_a_header_are_not_an_event",
            Lines(
                "ĐẢNG BỘ TỈNH BẮC NINH",
                "HUYỆN ỦY GIA BÌNH",
                "Số 95-BC/HU",
                "Gia Bình, ngày 10 tháng 5 năm 2024",
                "BÁO CÁO",
                "kết quả công tác dân vận 6 tháng đầu năm 2024",
                "I. KẾT QUẢ",
                "Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị đến cán bộ chủ chốt."))
        {
            Own = new(Type: "Báo cáo", Symbol: "95-BC/HU", Level: District, Locality: "Gia Bình"),
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2024-06-14", Central)],
        };
    }

    /// <summary>Documents cited by type and number only, alone or in compressed lists that share a type and an
    /// issuer; with near-misses that are counts, not numbers.</summary>
    private static IEnumerable<ExtractorSpec> NumberOnly()
    {
        yield return new("compressed_list_of_resolutions_shares_type_and_issuer", "Các chi bộ đã học tập các Nghị quyết số 57, 66 và 68 của Bộ Chính trị trong quý I năm 2025.")
        {
            Documents =
            [
                Doc("#Nghị quyết 57", "Nghị quyết", level: Central, issuer: "Bộ Chính trị"),
                Doc("#Nghị quyết 66", "Nghị quyết", level: Central, issuer: "Bộ Chính trị"),
                Doc("#Nghị quyết 68", "Nghị quyết", level: Central, issuer: "Bộ Chính trị"),
            ],
        };

        yield return new("a_short_list_resolves_to_the_one_cited_in_full_and_keeps_the_other",
            "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị được quán triệt; việc thực hiện Quyết định số 217 và 218 của Bộ Chính trị được kiểm tra định kỳ.")
        {
            Documents =
            [
                Doc("217-QĐ/TW", "Quyết định", "2013-12-12", Central, mentions: 2),
                Doc("#Quyết định 218", "Quyết định", level: Central, issuer: "Bộ Chính trị"),
            ],
        };

        yield return new("counts_after_a_type_word_are_not_documents",
            "Huyện triển khai Kế hoạch 5 năm 2021-2025 và Chương trình 3 lần kiểm tra; Nghị quyết 10 năm qua đã đi vào cuộc sống.")
        {
            Documents = [],
        };
    }
}
