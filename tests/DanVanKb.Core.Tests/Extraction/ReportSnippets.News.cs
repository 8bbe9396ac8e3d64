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
        // the department's name holds a comma: the date before it is still the date it issued the plan
        yield return new("a_date_before_a_department_whose_name_holds_a_comma_dates_the_plan_it_issued",
            "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi tuyên truyền lưu động.")
        {
            Documents = [Doc("67/KH-SVHTTDL", "Kế hoạch", "2021-11-02", issuer: "Sở Văn hóa, Thể thao và Du lịch")],
        };

        yield return new("a_date_before_a_department_that_carries_out_a_plan_does_not_date_the_plan",
            "Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị triển khai Kế hoạch số 67/KH-SVHTTDL về Hội thi tuyên truyền lưu động.")
        {
            Documents = [Doc("67/KH-SVHTTDL", "Kế hoạch", undated: true)],
            ExactRelations = false,
        };

        yield return new("a_plan_posted_below_a_sites_menu_carries_out_its_lead_in",
            PostedBelowMenu("Thực hiện Chỉ thị số 12-CT/TU ngày 15/3/2019 của Ban Thường vụ Tỉnh ủy về phong trào toàn dân bảo vệ môi trường; Kế hoạch số 41/KH-UBND ngày 20/02/2020 của UBND huyện Phong Điền về ra quân làm sạch đường làng. Ủy ban nhân dân xã Phong Hòa xây dựng kế hoạch như sau:"))
        {
            Documents = [Doc("12-CT/TU", "Chỉ thị", "2019-03-15"), Doc("41/KH-UBND", "Kế hoạch", "2020-02-20")],
            Relations = [Rel(Self, Implements, "12-CT/TU"), Rel(Self, Implements, "41/KH-UBND")],
        };

        yield return new("a_news_paragraph_below_a_sites_menu_that_tells_of_a_plan_does_not_carry_it_out",
            PostedBelowMenu("Trong tháng 3, các thôn đã ra quân dọn vệ sinh đường làng theo Kế hoạch số 41/KH-UBND ngày 20/02/2020 của UBND huyện Phong Điền với hơn 500 lượt người tham gia."))
        {
            Documents = [Doc("41/KH-UBND", "Kế hoạch", "2020-02-20")],
            Relations = [],
        };

        yield return new("a_news_item_whose_letter_seriously_carries_out_a_notice_implements_it",
            "Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 31/TB-VPCP ngày 25/2/2021 về phòng, chống dịch Covid-19, Chủ tịch UBND huyện vừa có công văn yêu cầu các cơ quan, đơn vị nâng cao mức cảnh báo.")
        {
            Documents = [Doc("31/TB-VPCP", "Thông báo", "2021-02-25", Central)],
            Relations = [Rel(Self, Implements, "31/TB-VPCP")],
        };

        yield return new("a_news_item_that_seriously_reviews_a_notice_implements_nothing",
            "Nghiêm túc kiểm điểm việc thực hiện Thông báo số 31/TB-VPCP ngày 25/2/2021 về phòng, chống dịch Covid-19, Chủ tịch UBND huyện vừa có công văn yêu cầu các cơ quan, đơn vị báo cáo.")
        {
            Documents = [Doc("31/TB-VPCP", "Thông báo", "2021-02-25", Central)],
            Relations = [],
        };

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

        yield return new("a_headline_on_the_results_of_a_document_reviews_it",
            Lines(
                "Cổng thông tin Huyện ủy Quỳ Hợp",
                "Kết quả 3 năm thực hiện Đề án số 05-ĐA/HU về nâng cao chất lượng sinh hoạt chi bộ",
                "Sau 3 năm thực hiện Đề án số 05-ĐA/HU ngày 12/4/2021 của Ban Thường vụ Huyện ủy, chất lượng sinh hoạt chi bộ có nhiều chuyển biến."))
        {
            Documents = [Doc("05-ĐA/HU", "Đề án", "2021-04-12", District)],
            Relations = [Rel(Self, Reviews, "05-ĐA/HU")],
        };

        yield return new("a_headline_that_carries_a_document_out_implements_it_though_the_item_is_typed_a_report",
            Lines(
                "Huyện ủy Quỳ Hợp triển khai thực hiện Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy",
                "Chiều 5/3, Huyện ủy Quỳ Hợp tổ chức hội nghị cán bộ chủ chốt; Chỉ thị số 21-CT/TU ngày 20/1/2024 của Ban Thường vụ Tỉnh ủy Nghệ An được phổ biến đến các chi bộ."))
        {
            Documents = [Doc("21-CT/TU", "Chỉ thị", "2024-01-20", Province, "Nghệ An")],
            Relations = [Rel(Self, Implements, "21-CT/TU")],
        };

        yield return new("a_headline_that_only_names_a_document_states_no_relation",
            Lines(
                "Ban Thường vụ Huyện ủy Quỳ Hợp ban hành Đề án số 05-ĐA/HU",
                "Ngày 12/4/2021, Ban Thường vụ Huyện ủy ban hành Đề án số 05-ĐA/HU về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2021-2025."))
        {
            Documents = [Doc("05-ĐA/HU", "Đề án", "2021-04-12", District)],
        };

        yield return new("an_announced_letter_carries_out_what_its_accordingly_sentence_names",
            Lines(
                "Tăng cường công tác dân vận chính quyền trên địa bàn huyện Yên Thành",
                "Ngày 3/4, UBND huyện Yên Thành có Công văn số 812/UBND-NV gửi các phòng, ban và UBND các xã, thị trấn.",
                "Ảnh minh họa",
                "Theo đó, UBND huyện yêu cầu các cơ quan, đơn vị tiếp tục triển khai thực hiện nghiêm Kế hoạch số 56/KH-UBND ngày 20/2/2024 của UBND huyện về công tác dân vận chính quyền năm 2024."))
        {
            Documents = [Doc("812/UBND-NV", "Công văn", level: District, locality: "Yên Thành"), Doc("56/KH-UBND", "Kế hoạch", "2024-02-20", District, "Yên Thành")],
            Relations = [Rel("812/UBND-NV", Implements, "56/KH-UBND")],
        };

        yield return new("an_announced_plans_request_to_disseminate_a_directive_is_not_read_as_carrying_it_out",
            Lines(
                "Huyện ủy Yên Thành chuẩn bị đại hội đảng bộ các cấp",
                "Ban Thường vụ Huyện ủy Yên Thành vừa ban hành Kế hoạch số 95-KH/HU về tổ chức đại hội đảng bộ các cấp.",
                "Theo đó, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy quán triệt nghiêm túc Chỉ thị số 45-CT/TW của Bộ Chính trị."))
        {
            Documents = [Doc("95-KH/HU", "Kế hoạch", level: District), Doc("45-CT/TW", "Chỉ thị", level: Central)],
        };

        yield return new("a_request_that_follows_an_unnumbered_instruction_is_the_texts_own",
            Lines(
                "Ban Thường vụ Huyện ủy Hàm Thuận Bắc vừa có văn bản chỉ đạo về công tác khuyến học.",
                "Theo đó, Ban Thường vụ Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở tổ chức tuyên truyền, triển khai sâu rộng Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư."))
        {
            Documents = [Doc("49-KL/TW", "Kết luận", "2019-05-10", Central)],
            Relations = [Rel(Self, Implements, "49-KL/TW")],
        };

        yield return new("a_request_after_a_document_cited_further_up_is_not_the_texts_own",
            Lines(
                "Năm 2019, Ban Bí thư ban hành Kết luận số 49-KL/TW về công tác khuyến học.",
                "Huyện đã tổ chức nhiều lớp học.",
                "Các xã đã lập quỹ khuyến học.",
                "Nhiều gia đình được công nhận gia đình học tập.",
                "Các dòng họ được công nhận dòng họ học tập.",
                "Theo đó, Ban Thường vụ Huyện ủy đề nghị các chi bộ tiếp tục triển khai Chỉ thị số 11-CT/TW của Bộ Chính trị."))
        {
            Documents = [Doc("49-KL/TW", "Kết luận", level: Central), Doc("11-CT/TW", "Chỉ thị", level: Central)],
        };

        yield return new("a_page_that_announces_a_programme_and_reproduces_it_is_that_programme",
            Lines(
                "Tin tức - Sự kiện",
                "Ngày 15/3/2022, Tỉnh ủy Hà Giang đã ban hành Chương trình số 31-CTr/TU về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.",
                "Ban biên tập trân trọng giới thiệu toàn văn Chương trình:",
                "CHƯƠNG TRÌNH",
                "Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII",
                "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng, Ban Thường vụ Tỉnh ủy ban hành Chương trình thực hiện như sau:"))
        {
            Own = new(Type: "Chương trình", Symbol: "31-CTr/TU", Date: "2022-03-15", Level: Province, Locality: "Hà Giang"),
            Documents = [Doc("31-CTr/TU", "Chương trình", "2022-03-15", Province, "Hà Giang"), Doc("21-KL/TW", "Kết luận", "2021-10-25", Central)],
            Relations = [Rel("31-CTr/TU", Implements, "21-KL/TW"), Rel(Self, Implements, "21-KL/TW")],
        };

        yield return new("a_page_titled_with_the_guidance_it_announces_below_the_title_is_that_guidance",
            Lines(
                "HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN TRONG NĂM 2020",
                "Thứ năm - 09/01/2020 09:32",
                "Ngày 08-01-2020, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 118-HD/BTGTW về tuyên truyền kỷ niệm các ngày lễ lớn trong năm 2020. BBT trích đăng nguyên văn Hướng dẫn.",
                "- Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 của Bộ Chính trị về đổi mới, nâng cao hiệu quả tổ chức các ngày kỷ niệm, Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền như sau:"))
        {
            Own = new(Type: "Hướng dẫn", Symbol: "118-HD/BTGTW", Date: "2020-01-08", Level: Central),
            Documents = [Doc("45-CT/TW", "Chỉ thị", "2010-07-22", Central)],
            Relations = [Rel(Self, BasedOn, "45-CT/TW")],
        };

        yield return new("a_page_that_announces_a_directive_by_number_and_reproduces_it_is_that_directive",
            Lines(
                "Ngày 2/5, Ban Thường vụ Tỉnh ủy Hà Giang đã ban hành Chỉ thị số 26 về tăng cường công tác dân vận.",
                "Nội dung Chỉ thị như sau:",
                "Những năm qua, công tác dân vận của tỉnh đạt nhiều kết quả; thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, chính quyền các cấp đã đổi mới phong cách làm việc."))
        {
            Own = new(Type: "Chỉ thị", Level: Province, Locality: "Hà Giang", Issuer: "Ban Thường vụ Tỉnh ủy Hà Giang"),
            Documents = [Doc("114-KL/TW", "Kết luận", "2015-07-14", Central)],
            ExactRelations = false,
        };

        yield return new("a_page_that_announces_a_resolution_then_says_its_content_follows_is_that_resolution",
            Lines(
                "Ngày 28/5, Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Nghị quyết số 52-NQ/TU về công tác dân vận. Nội dung như sau:",
                "I. TÌNH HÌNH VÀ NGUYÊN NHÂN",
                "Thực hiện Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị, các cấp ủy đã lãnh đạo xây dựng quy chế dân chủ."))
        {
            Own = new(Type: "Nghị quyết", Symbol: "52-NQ/TU", Level: Province, Locality: "Hưng Yên"),
            Documents = [Doc("30-CT/TW", "Chỉ thị", "1998-02-18", Central)],
            ExactRelations = false,
        };

        yield return new("a_news_item_that_announces_a_resolution_and_lists_its_content_in_its_own_words_stays_a_news_item",
            Lines(
                "Ngày 28/5, Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Nghị quyết số 52-NQ/TU về công tác dân vận, với nội dung như sau: tăng cường tiếp xúc, đối thoại với nhân dân.",
                "Các huyện ủy tổ chức quán triệt trong tháng 6."))
        {
            Own = new(Type: "Báo cáo", NoSymbol: true),
            Documents = [Doc("52-NQ/TU", "Nghị quyết", level: Province, locality: "Hưng Yên")],
            ExactRelations = false,
        };

        yield return new("a_headline_that_tells_of_a_plan_issued_to_carry_out_a_resolution_speaks_for_the_plan",
            Lines(
                "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương, Tỉnh ủy Lai Châu ban hành Kế hoạch số 116-KH/TU",
                "Kế hoạch đề ra nhiều nhiệm vụ sắp xếp tổ chức bộ máy."))
        {
            Documents = [Doc("18-NQ/TW", "Nghị quyết", level: Central), Doc("116-KH/TU", "Kế hoạch", level: Province, locality: "Lai Châu")],
            Relations = [Rel("116-KH/TU", Implements, "18-NQ/TW")],
        };

        yield return new("the_paragraphs_after_a_letter_that_lists_its_content_speak_for_the_letter",
            Lines(
                "Thực hiện Công văn số 4930/MTTW-BTT ngày 12/8/2014 của Ban Thường trực Trung ương Mặt trận Tổ quốc Việt Nam; Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu các cấp ủy thực hiện tốt một số nội dung:",
                "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong Chỉ thị số 25-CT/TW ngày 20/5/2013 của Ban Bí thư về Đại hội Mặt trận Tổ quốc các cấp."))
        {
            Documents = [Doc("4930/MTTW-BTT", "Công văn", "2014-08-12", Central), Doc("682-CV/TU", "Công văn", level: Province), Doc("25-CT/TW", "Chỉ thị", "2013-05-20", Central)],
            Relations = [Rel("682-CV/TU", Implements, "4930/MTTW-BTT"), Rel("682-CV/TU", Continues, "25-CT/TW")],
        };

        yield return new("an_article_opening_after_five_years_of_carrying_out_a_programme_reviews_it",
            Lines(
                "Sau 5 năm thực hiện Chương trình hành động số 07-CTr/TU ngày 11-6-2007 của Tỉnh ủy Hòa Bình về thực hiện Nghị quyết số 08-NQ/TW ngày 05-2-2007 của Hội nghị Trung ương 4, kinh tế của tỉnh phát triển nhanh.",
                "Công nghiệp và dịch vụ tăng trưởng khá."))
        {
            Documents = [Doc("07-CTr/TU", "Chương trình", "2007-06-11", Province, "Hòa Bình"), Doc("08-NQ/TW", "Nghị quyết", "2007-02-05", Central)],
            Relations = [Rel(Self, Reviews, "07-CTr/TU"), Rel("07-CTr/TU", Implements, "08-NQ/TW")],
        };

        yield return new("an_article_looking_back_on_five_years_of_a_conclusion_reviews_it_not_what_the_conclusion_continues",
            Lines(
                "Nhìn lại 05 năm thực hiện Kết luận số 01-KL/TU, ngày 16/6/2016 của Ban Thường vụ Tỉnh ủy Trà Vinh về tiếp tục thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy về phát triển vùng đồng bào Khmer.",
                "Trà Vinh có 106 xã, phường, thị trấn."))
        {
            Documents = [Doc("01-KL/TU", "Kết luận", "2016-06-16", Province, "Trà Vinh"), Doc("03-NQ/TU", "Nghị quyết", level: Province, locality: "Trà Vinh")],
            Relations = [Rel(Self, Reviews, "01-KL/TU"), Rel("01-KL/TU", Continues, "03-NQ/TU")],
        };

        yield return new("looking_back_on_a_conclusion_later_in_an_article_reviews_nothing",
            Lines(
                "Trà Vinh có 106 xã, phường, thị trấn và Kết luận số 01-KL/TU ngày 16/6/2016 của Ban Thường vụ Tỉnh ủy Trà Vinh được quán triệt.",
                "Nhìn lại 05 năm thực hiện Kết luận số 01-KL/TU, vùng đồng bào Khmer đổi mới."))
        {
            Documents = [Doc("01-KL/TU", "Kết luận", "2016-06-16", Province, "Trà Vinh", mentions: 2)],
        };

        yield return new("a_news_item_opening_with_its_outlet_mark_and_a_lead_in_carries_out_what_it_names",
            Lines(
                "BHG - Thực hiện Nghị quyết số 27-NQ/TU, ngày 1.5.2022 của BCH Đảng bộ tỉnh Hà Giang và Chỉ thị số 09-CT/TU, ngày 10.5.2021 của BTV Tỉnh ủy Hà Giang về bài trừ hủ tục. Thời gian qua, nhiều xã đã biểu dương các gia đình tiêu biểu.",
                "Báo Hà Giang"))
        {
            Documents = [Doc("27-NQ/TU", "Nghị quyết", "2022-05-01", Province, "Hà Giang"), Doc("09-CT/TU", "Chỉ thị", "2021-05-10", Province, "Hà Giang")],
            Relations = [Rel(Self, Implements, "27-NQ/TU"), Rel(Self, Implements, "09-CT/TU")],
        };

        yield return new("a_news_item_opening_with_its_outlet_mark_and_a_date_carries_out_nothing",
            Lines(
                "BHG - Ngày 10.5.2021, BTV Tỉnh ủy Hà Giang ban hành Chỉ thị số 09-CT/TU về bài trừ hủ tục. Thời gian qua, nhiều xã đã biểu dương các gia đình tiêu biểu.",
                "Báo Hà Giang"))
        {
            Documents = [Doc("09-CT/TU", "Chỉ thị", "2021-05-10", Province, "Hà Giang")],
        };

        yield return new("a_lead_in_paragraph_whose_title_holds_commas_is_taken_up_by_the_letter_issued_in_the_next",
            Lines(
                "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 958/UBND-VXNV ngày 27/3/2020 về việc dừng các lễ hội, hoạt động đông người tại cơ sở tôn giáo, tín ngưỡng.",
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận đã ban hành Văn bản số 338/SVHTTDL-QLVHGĐ ngày 30/3/2020 về việc dừng các lễ hội tại di tích."))
        {
            Documents = [Doc("958/UBND-VXNV", "Công văn", "2020-03-27"), Doc("338/SVHTTDL-QLVHGĐ", "Văn bản", "2020-03-30", Agency, "Ninh Thuận")],
            Relations = [Rel("338/SVHTTDL-QLVHGĐ", Implements, "958/UBND-VXNV")],
        };

        yield return new("a_department_whose_name_holds_a_comma_issues_the_plan_after_a_lead_in",
            "Thực hiện Kế hoạch số 44/KH-UBND ngày 02/3/2021 của UBND tỉnh Ninh Thuận, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 51/KH-SVHTTDL ngày 10/3/2021 về phát triển văn hóa dân tộc.")
        {
            Documents = [Doc("44/KH-UBND", "Kế hoạch", "2021-03-02", Province, "Ninh Thuận"), Doc("51/KH-SVHTTDL", "Kế hoạch", "2021-03-10", Agency, "Ninh Thuận")],
            Relations = [Rel("51/KH-SVHTTDL", Implements, "44/KH-UBND")],
        };

        yield return new("a_lead_in_paragraph_with_a_clause_after_a_comma_is_not_taken_up_by_the_next",
            Lines(
                "Thực hiện Công văn số 958/UBND-VXNV ngày 27/3/2020 của UBND tỉnh Ninh Thuận về việc dừng các lễ hội, các sở, ngành đã dừng ngay các hoạt động đông người.",
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận đã ban hành Văn bản số 338/SVHTTDL-QLVHGĐ ngày 30/3/2020 về việc dừng các lễ hội tại di tích."))
        {
            Documents = [Doc("958/UBND-VXNV", "Công văn", "2020-03-27", Province, "Ninh Thuận"), Doc("338/SVHTTDL-QLVHGĐ", "Văn bản", "2020-03-30", Agency, "Ninh Thuận")],
            Relations = [Rel(Self, Implements, "958/UBND-VXNV")],
        };

        yield return new("a_letter_issued_to_go_on_with_a_directive_continues_it_not_the_news_item",
            Lines(
                "Hàm Thuận Nam chỉ đạo tổ chức Ngày hội Đại đoàn kết năm 2014",
                "Tiếp tục thực hiện Chỉ thị số 25-CT/HU ngày 05/9/2012 của Ban Thường vụ Huyện ủy Hàm Thuận Nam về cuộc vận động ở khu dân cư; Ban Thường vụ Huyện ủy đã ban hành Công văn số 1449-CV/HU ngày 22/10/2014 về lãnh đạo tổ chức Ngày hội."))
        {
            Documents = [Doc("25-CT/HU", "Chỉ thị", "2012-09-05", District, "Hàm Thuận Nam"), Doc("1449-CV/HU", "Công văn", "2014-10-22", District)],
            Relations = [Rel("1449-CV/HU", Continues, "25-CT/HU")],
        };

        yield return new("a_news_item_that_tells_units_to_go_on_with_a_directive_continues_it",
            Lines(
                "Hàm Thuận Nam chỉ đạo tổ chức Ngày hội Đại đoàn kết năm 2014",
                "Tiếp tục thực hiện Chỉ thị số 25-CT/HU ngày 05/9/2012 của Ban Thường vụ Huyện ủy Hàm Thuận Nam về cuộc vận động ở khu dân cư; các cấp ủy tổ chức tốt Ngày hội ở khu dân cư."))
        {
            Documents = [Doc("25-CT/HU", "Chỉ thị", "2012-09-05", District, "Hàm Thuận Nam")],
            Relations = [Rel(Self, Continues, "25-CT/HU")],
        };

        yield return new("a_lead_in_a_news_item_reports_someone_said_carries_out_what_it_names",
            Lines(
                "Quảng Trị: Bí thư Tỉnh ủy tiếp công dân định kỳ hằng tháng",
                "Ngày 23/10, Văn phòng Tỉnh ủy Quảng Trị cho biết, thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị và Quy định số 33-QĐi/TU ngày 09/8/2019 của Ban Thường vụ Tỉnh ủy Quảng Trị về tiếp công dân. Bí thư Tỉnh ủy sẽ tiếp công dân vào ngày 29 hằng tháng."))
        {
            Documents = [Doc("11-QĐi/TW", "Quy định", "2019-02-18", Central), Doc("33-QĐi/TU", "Quy định", "2019-08-09", Province, "Quảng Trị")],
            Relations = [Rel(Self, Implements, "11-QĐi/TW"), Rel(Self, Implements, "33-QĐi/TU")],
        };

        yield return new("what_someone_said_carrying_out_means_nothing_without_a_lead_in",
            Lines(
                "Quảng Trị: Bí thư Tỉnh ủy tiếp công dân định kỳ hằng tháng",
                "Ngày 23/10, Văn phòng Tỉnh ủy Quảng Trị cho biết, việc thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị còn chậm."))
        {
            Documents = [Doc("11-QĐi/TW", "Quy định", "2019-02-18", Central)],
        };

        yield return new("an_article_that_opens_with_years_alone_or_comes_to_them_later_reviews_nothing",
            Lines(
                "Sau 5 năm, Chương trình hành động số 07-CTr/TU ngày 11-6-2007 của Tỉnh ủy Hòa Bình đã đi vào cuộc sống.",
                "Kinh tế của tỉnh phát triển nhanh; Chỉ thị số 12-CT/TU ngày 03-4-2008 của Tỉnh ủy Hòa Bình được quán triệt sâu rộng.",
                "Sau 3 năm thực hiện Chỉ thị số 12-CT/TU, các huyện đều có chuyển biến."))
        {
            Documents = [Doc("07-CTr/TU", "Chương trình", "2007-06-11", Province, "Hòa Bình"), Doc("12-CT/TU", "Chỉ thị", "2008-04-03", Province, "Hòa Bình", mentions: 2)],
        };

        yield return new("a_committee_holding_a_ten_year_review_reviews_each_document_it_names",
            "Ngày 10-8, Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng; 05 năm thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư về công tác dân vận.")
        {
            Documents = [Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central), Doc("43-KL/TW", "Kết luận", "2019-01-07", Central)],
            Relations = [Rel(Self, Reviews, "25-NQ/TW"), Rel(Self, Reviews, "43-KL/TW")],
        };

        yield return new("a_conference_that_heard_a_speaker_convey_resolutions_implements_them",
            Lines(
                "Ngày 21/12/2023, Đảng bộ xã Ninh Hải tổ chức Hội nghị học tập Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII.",
                "Hội nghị được nghe đồng chí Vũ Văn Diệu - Bí thư Đảng ủy, Chủ tịch UBND xã truyền đạt về Nghị quyết số 42-NQ/TW về chính sách xã hội; Nghị quyết số 43-NQ/TW về đại đoàn kết toàn dân tộc."))
        {
            Documents = [Doc("42-NQ/TW", "Nghị quyết", level: Central), Doc("43-NQ/TW", "Nghị quyết", level: Central)],
            Relations = [Rel(Self, Implements, "42-NQ/TW"), Rel(Self, Implements, "43-NQ/TW")],
        };

        yield return new("a_speaker_conveying_a_resolution_outside_the_conference_is_not_its_act",
            Lines(
                "Đảng bộ xã Ninh Hải có 320 đảng viên.",
                "Đồng chí Vũ Văn Diệu - Bí thư Đảng ủy thường xuyên truyền đạt về Nghị quyết số 42-NQ/TW về chính sách xã hội đến các chi bộ."))
        {
            Documents = [Doc("42-NQ/TW", "Nghị quyết", level: Central)],
        };

        yield return new("a_conference_that_counts_the_resolutions_it_conveys_acts_on_those_the_next_paragraph_spells_out",
            Lines(
                "Tại Hội nghị, đồng chí Bí thư Đảng ủy xã đã triển khai 2 nghị quyết và 1 kết luận của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.",
                "Cụ thể: Nghị quyết số 27-NQ/TW, ngày 9/11/2022 về Nhà nước pháp quyền; Nghị quyết số 28-NQ/TW, ngày 17/11/2022 về phương thức lãnh đạo; Kết luận số 45-KL/TW, ngày 01/12/2022 về công tác đối ngoại."))
        {
            Documents = [Doc("27-NQ/TW", "Nghị quyết", "2022-11-09", Central), Doc("28-NQ/TW", "Nghị quyết", "2022-11-17", Central), Doc("45-KL/TW", "Kết luận", "2022-12-01", Central)],
            Relations = [Rel(Self, Implements, "27-NQ/TW"), Rel(Self, Implements, "28-NQ/TW"), Rel(Self, Implements, "45-KL/TW")],
        };

        yield return new("a_paragraph_spelling_out_documents_after_a_sentence_that_counts_none_states_no_act",
            Lines(
                "Tại Hội nghị, đồng chí Bí thư Đảng ủy xã đã triển khai nhiệm vụ năm 2023.",
                "Cụ thể: Nghị quyết số 27-NQ/TW, ngày 9/11/2022 về Nhà nước pháp quyền được tuyên truyền rộng rãi."))
        {
            Documents = [Doc("27-NQ/TW", "Nghị quyết", "2022-11-09", Central)],
        };

        yield return new("a_conference_that_studies_the_resolutions_it_counts_acts_on_those_a_labelled_list_below_spells_out",
            Lines(
                "Ngày 12/4/2022, Huyện ủy Tháp Mười tổ chức Hội nghị học tập, quán triệt, triển khai các Nghị quyết, Kết luận chuyên đề của Ban Chấp hành Đảng bộ tỉnh khóa XI.",
                "Quang cảnh Hội nghị tại Trung tâm Chính trị huyện",
                "Tại Hội nghị, đại biểu được nghe đồng chí Bí thư Huyện ủy báo cáo 02 Nghị quyết chuyên đề như:",
                "02 Nghị quyết của Ban Chấp hành Đảng bộ tỉnh gồm: Nghị quyết số 05-NQ/TU về phát triển nông nghiệp; Nghị quyết số 06-NQ/TU về chuyển đổi số."))
        {
            Documents = [Doc("05-NQ/TU", "Nghị quyết", level: Province), Doc("06-NQ/TU", "Nghị quyết", level: Province)],
            Relations = [Rel(Self, Implements, "05-NQ/TU"), Rel(Self, Implements, "06-NQ/TU")],
        };

        yield return new("a_labelled_list_under_an_event_that_counts_no_documents_states_no_act",
            Lines(
                "Ngày 12/4/2022, Huyện ủy Tháp Mười tổ chức Hội nghị học tập chuyên đề năm 2022 về đạo đức công vụ.",
                "02 Nghị quyết của Ban Chấp hành Đảng bộ tỉnh gồm: Nghị quyết số 05-NQ/TU về phát triển nông nghiệp; Nghị quyết số 06-NQ/TU về chuyển đổi số."))
        {
            Documents = [Doc("05-NQ/TU", "Nghị quyết", level: Province), Doc("06-NQ/TU", "Nghị quyết", level: Province)],
        };

        yield return new("a_conference_that_discusses_the_reviews_of_resolutions_reviews_them",
            Lines(
                "Dự Hội nghị có 45 Ủy viên Ban Chấp hành Đảng bộ tỉnh.",
                "Hội nghị đã tập trung thảo luận, cho ý kiến về nội dung Tổng kết 10 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12-5-2012 của Tỉnh ủy về phát triển du lịch; sơ kết 05 năm thực hiện Nghị quyết số 09-NQ/TU ngày 20-7-2017 của Tỉnh ủy về kinh tế biển.",
                "Hội nghị đánh giá, qua 10 năm triển khai thực hiện Nghị quyết số 05-NQ/TU, du lịch của tỉnh đã có bước phát triển."))
        {
            Documents = [Doc("05-NQ/TU", "Nghị quyết", "2012-05-12", Province), Doc("09-NQ/TU", "Nghị quyết", "2017-07-20", Province)],
            Relations = [Rel(Self, Reviews, "05-NQ/TU"), Rel(Self, Reviews, "09-NQ/TU")],
        };

        yield return new("a_request_to_discuss_a_review_is_no_act_of_the_conference",
            Lines(
                "Tại buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị huyện thảo luận, cho ý kiến về Tổng kết 10 năm thực hiện Nghị quyết số 05-NQ/TU ngày 12-5-2012 của Tỉnh ủy."))
        {
            Documents = [Doc("05-NQ/TU", "Nghị quyết", "2012-05-12", Province)],
        };

        yield return new("the_tasks_listed_after_theo_do_speak_for_the_plan_announced_before_it",
            Lines(
                "Ngày 10/3/2023, UBND huyện Tân Yên ban hành Kế hoạch số 45/KH-UBND về công tác dân vận chính quyền năm 2023. Theo đó, kế hoạch đề ra một số nhiệm vụ trọng tâm như sau:",
                "- Tiếp tục triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về công tác dân vận trong tình hình mới.",
                "- Thực hiện có hiệu quả Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận."))
        {
            Documents = [Doc("45/KH-UBND", "Kế hoạch", "2023-03-10", District), Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central), Doc("114-KL/TW", "Kết luận", "2015-07-14", Central)],
            Relations = [Rel("45/KH-UBND", Continues, "25-NQ/TW"), Rel("45/KH-UBND", Implements, "114-KL/TW")],
        };

        yield return new("a_theo_do_after_a_plan_named_in_passing_lists_no_content_of_it",
            Lines(
                "Năm 2023, các xã của huyện Tân Yên hưởng ứng phong trào thi đua theo Kế hoạch số 45/KH-UBND ngày 10/3/2023 của UBND huyện. Theo đó, các xã cần lưu ý một số nội dung như sau:",
                "- Thực hiện có hiệu quả Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận."))
        {
            Documents = [Doc("45/KH-UBND", "Kế hoạch", "2023-03-10", District), Doc("114-KL/TW", "Kết luận", "2015-07-14", Central)],
        };

        yield return new("a_report_that_names_a_letter_then_lists_its_own_directions_keeps_them",
            Lines(
                "Ban Thường vụ Tỉnh ủy đã ban hành Công văn số 682-CV/TU về Đại hội Mặt trận. Thời gian tới, tỉnh tập trung các nhiệm vụ sau:",
                "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong Chỉ thị số 25-CT/TW ngày 20/5/2013 của Ban Bí thư về Đại hội Mặt trận Tổ quốc các cấp."))
        {
            Documents = [Doc("682-CV/TU", "Công văn", level: Province), Doc("25-CT/TW", "Chỉ thị", "2013-05-20", Central)],
            Relations = [Rel(Self, Continues, "25-CT/TW")],
        };

        yield return new("a_news_item_that_only_announces_a_programme_stays_a_news_item",
            Lines(
                "Ngày 15/3/2022, Tỉnh ủy Hà Giang đã ban hành Chương trình số 31-CTr/TU về thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.",
                "Chương trình đề ra 5 nhóm nhiệm vụ trọng tâm."))
        {
            Own = new(Type: "Báo cáo", NoSymbol: true),
            Documents = [Doc("31-CTr/TU", "Chương trình", "2022-03-15", Province, "Hà Giang"), Doc("21-KL/TW", "Kết luận", level: Central)],
            Relations = [Rel("31-CTr/TU", Implements, "21-KL/TW")],
        };

        yield return new("delegates_studying_resolutions_at_the_conference_implement_them",
            Lines(
                "Hội Nông dân tỉnh triển khai nghị quyết chuyên đề",
                "Ngày 12/6, Ban Thường vụ Hội Nông dân tỉnh Phú Yên tổ chức hội nghị triển khai nghị quyết chuyên đề nhiệm kỳ 2023-2028.",
                "Tại hội nghị, các đại biểu tập trung nghiên cứu nội dung 2 chuyên đề: Nghị quyết số 03/NQ-HND về phát triển hội viên; Nghị quyết số 04/NQ-HND về hỗ trợ nông dân chuyển đổi số."))
        {
            Documents = [Doc("03/NQ-HND", "Nghị quyết"), Doc("04/NQ-HND", "Nghị quyết")],
            Relations = [Rel(Self, Implements, "03/NQ-HND"), Rel(Self, Implements, "04/NQ-HND")],
        };

        yield return new("a_cited_decision_issuing_a_plan_that_carries_out_another_is_not_the_text_acting",
            "Căn cứ Quyết định số 2239/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030; Quyết định số 1185/QĐ-BLĐTBXH ngày 12/9/2022 của Bộ trưởng Bộ Lao động ban hành Kế hoạch triển khai thực hiện Quyết định số 2239/QĐ-TTg; Trường Cao đẳng nghề xây dựng kế hoạch năm học như sau:")
        {
            Documents = [Doc("2239/QĐ-TTg", "Quyết định", "2021-12-30", Central), Doc("1185/QĐ-BLĐTBXH", "Quyết định", "2022-09-12", Central)],
            Relations = [Rel(Self, BasedOn, "2239/QĐ-TTg"), Rel(Self, BasedOn, "1185/QĐ-BLĐTBXH"), Rel("1185/QĐ-BLĐTBXH", Implements, "2239/QĐ-TTg")],
        };

        yield return new("a_news_item_whose_committee_issues_a_plan_after_a_clause_of_its_own_acts",
            "Ngày 10/3/2023, sau hội nghị quán triệt Nghị quyết số 05-NQ/TU ngày 10/02/2023 của Tỉnh ủy, Ban Thường vụ Huyện ủy Lắk đã ban hành Kế hoạch triển khai thực hiện Chỉ thị số 21-CT/TU ngày 05/01/2023 của Ban Thường vụ Tỉnh ủy.")
        {
            Documents = [Doc("05-NQ/TU", "Nghị quyết", "2023-02-10", Province), Doc("21-CT/TU", "Chỉ thị", "2023-01-05", Province)],
            Relations = [Rel(Self, Implements, "05-NQ/TU"), Rel(Self, Implements, "21-CT/TU")],
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

        yield return new("a_plan_given_its_number_with_so_is_a_document_and_carries_out_what_it_names",
            "Huyện ủy đã ban hành Kế hoạch số 87 về thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; các chi bộ thực hiện tốt Kế hoạch 87.")
        {
            Documents = [Doc("05-CT/TW", "Chỉ thị", "2016-05-15", Central), Doc("#Kế hoạch 87", "Kế hoạch", mentions: 2)],
            Relations = [Rel("#Kế hoạch 87", Implements, "05-CT/TW")],
        };

        yield return new("a_plan_issued_under_a_lead_in_by_its_number_alone_is_a_document_and_carries_it_out",
            Lines(
                "Những năm qua, tỉnh Lai Châu đã sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
                "Thực hiện Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương, ngày 23-11-2017, Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 116 để triển khai."))
        {
            Documents = [Doc("18-NQ/TW", "Nghị quyết", "2017-10-25", Central), Doc("#Kế hoạch 116", "Kế hoạch", "2017-11-23", Province, "Lai Châu")],
            Relations = [Rel("#Kế hoạch 116", Implements, "18-NQ/TW")],
        };

        yield return new("a_plan_cited_in_full_then_said_to_be_issued_by_its_number_is_one_document",
            "Kế hoạch số 116-KH/TU ngày 23/11/2017 của Tỉnh ủy Lai Châu được quán triệt rộng rãi. Ngày 23/11/2017, Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 116 để thực hiện.")
        {
            Documents = [Doc("116-KH/TU", "Kế hoạch", "2017-11-23", Province, "Lai Châu", mentions: 2)],
        };

        yield return new("a_steering_committee_reviewing_a_conclusion_written_in_lower_case_reviews_it",
            "Ngày 13/12/2019, Ban chỉ đạo đề án 61 huyện Thới Bình tổ chức hội nghị tổng kết 10 năm thực hiện kết luận số 61 của Ban bí thư TW Đảng (khóa X) về nâng cao vai trò của Hội Nông dân Việt Nam.")
        {
            Documents = [Doc("#Kết luận 61", "Kết luận", level: Central)],
            Relations = [Rel(Self, Reviews, "#Kết luận 61")],
        };

        yield return new("on_the_occasion_the_district_also_reviewing_a_decision_reviews_it",
            Lines(
                "Ngày 13/12/2019, Ban Chỉ đạo huyện Thới Bình tổ chức hội nghị tổng kết công tác Hội Nông dân.",
                "Dịp này huyện Thới Bình còn sơ kết 8 năm thực hiện Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ."))
        {
            Documents = [Doc("673/QĐ-TTg", "Quyết định", level: Central)],
            Relations = [Rel(Self, Reviews, "673/QĐ-TTg")],
        };

        yield return new("a_district_that_still_has_to_review_a_decision_has_not_reviewed_it",
            "Thời gian tới, huyện Thới Bình còn phải sơ kết 8 năm thực hiện Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ.")
        {
            Documents = [Doc("673/QĐ-TTg", "Quyết định", level: Central)],
        };

        yield return new("a_lower_case_type_without_so_is_no_document_and_a_direction_is_no_act",
            "Huyện ủy chỉ đạo các xã tổ chức hội nghị quán triệt kế hoạch 5 năm và kết luận 61 của Ban Bí thư.")
        {
            Documents = [],
        };

        yield return new("a_document_known_only_by_its_number_keeps_the_number_as_written",
            "Các chi bộ học tập Chương trình hành động số 3 của Ủy ban Mặt trận Tổ quốc tỉnh và Kế hoạch số 07 của Ban Thường trực.")
        {
            Documents = [Doc("#Chương trình 3", "Chương trình"), Doc("#Kế hoạch 07", "Kế hoạch")],
        };

        // a list of references by number shares the issuer written after its last item
        yield return new("references_by_number_listed_before_an_issuer_are_that_issuers_documents",
            "Hội nghị quán triệt Nghị quyết 45 của Bộ Chính trị; Thông tri 36, Chương trình hành động 76 của Ban Thường vụ Thành ủy về đại hội đảng bộ các cấp.")
        {
            Documents =
            [
                Doc("#Nghị quyết 45", "Nghị quyết", level: Central),
                Doc("#Thông tri 36", "Thông tri", issuer: "Ban Thường vụ Thành ủy"),
                Doc("#Chương trình 76", "Chương trình", issuer: "Ban Thường vụ Thành ủy"),
            ],
            ExactRelations = false,
        };

        yield return new("a_reference_by_number_that_goes_on_with_a_title_does_not_share_the_next_issuer",
            "Hội nghị quán triệt Thông tri 36 về đại hội, Chương trình hành động 76 của Ban Thường vụ Thành ủy.")
        {
            Documents = [Doc("#Chương trình 76", "Chương trình", issuer: "Ban Thường vụ Thành ủy")], // a bare number with no issuer stays a back-reference
            ExactRelations = false,
        };

        yield return new("a_bare_number_without_so_date_or_issuer_stays_a_back_reference",
            "Các chi bộ tiếp tục thực hiện Kế hoạch 87 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
        {
            Documents = [],
        };
    }

    private static string PostedBelowMenu(string opening) =>
        Lines(
            "Tìm kiếm tin tức", "Liên kết website", "Sở, Ban, Ngành", "UBND Huyện, Thị xã", "Trường Học", "Văn bản pháp luật",
            "Thủ tục hành chính", "Dịch vụ công", "Cổng thông tin điện tử", "Khảo sát hài lòng", "Hỏi đáp", "Sơ đồ trang",
            "Kế hoạch ra quân làm sạch đường làng trên địa bàn xã năm 2020",
            "Ngày cập nhật 02/03/2020",
            opening,
            "1. MỤC ĐÍCH, YÊU CẦU");
}
