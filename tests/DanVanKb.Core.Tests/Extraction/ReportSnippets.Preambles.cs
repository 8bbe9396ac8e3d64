using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Every kind of directive text as input: a decision's, an HĐND resolution's, a plan's and an official
/// letter's own identity from its header, and its legal bases ("Căn cứ …") and what it carries out from its
/// preamble. With near-misses: "Xét"/"Theo đề nghị" documents are not bases; a "Thực hiện" in the body after the
/// first heading is not the text's own.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Preambles()
    {
        yield return new("decision_with_a_flattened_header_table_and_a_basis_preamble",
            Lines(
                "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                "Số: 12/2019/QĐ-UBND | Kon Tum, ngày 15 tháng 4 năm 2019 |",
                "VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN TRÊN ĐỊA BÀN TỈNH KON TUM",
                "ỦY BAN NHÂN DÂN TỈNH KON TUM",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tiếp công dân;",
                "Căn cứ Thông tư số 06/2014/TT-TTCP ngày 31 tháng 10 năm 2014 của Thanh tra Chính phủ quy định quy trình tiếp công dân;",
                "Xét đề nghị của Chánh Thanh tra tỉnh tại Tờ trình số 45/TTr-TTr ngày 02 tháng 4 năm 2019,",
                "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân trên địa bàn tỉnh Kon Tum.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 4 năm 2019 và thay thế Quyết định số 30/2014/QĐ-UBND ngày 12 tháng 6 năm 2014 của Ủy ban nhân dân tỉnh Kon Tum."))
        {
            Own = new(Type: "Quyết định", Symbol: "12/2019/QĐ-UBND", Date: "2019-04-15", Level: Province, Locality: "Kon Tum", Issuer: "Ủy ban nhân dân tỉnh Kon Tum",
                TitleStart: "VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN"),
            Documents =
            [
                Doc("64/2014/NĐ-CP", "Nghị định", "2014-06-26", Central, issuer: "Chính phủ"),
                Doc("06/2014/TT-TTCP", "Thông tư", "2014-10-31", Central, issuer: "Thanh tra Chính phủ"),
                Doc("45/TTr-TTr", "Tờ trình", "2019-04-02"),
                Doc("30/2014/QĐ-UBND", "Quyết định", "2014-06-12", Province, "Kon Tum"),
            ],
            Relations = [Rel(Self, BasedOn, "64/2014/NĐ-CP"), Rel(Self, BasedOn, "06/2014/TT-TTCP"), Rel(Self, Replaces, "30/2014/QĐ-UBND")],
        };

        yield return new("a_lead_in_whose_list_opens_with_documents_named_without_a_number_governs_the_numbered_ones",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH HÀ NAM",
                "Số: 64/KH-UBND",
                "Hà Nam, ngày 12 tháng 7 năm 2021",
                "KẾ HOẠCH",
                "PHÁT TRIỂN THỂ THAO QUẦN CHÚNG GIAI ĐOẠN 2021 - 2025",
                "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; Luật Thể dục, thể thao năm 2006; Kết luận số 07-KL/TU ngày 02/6/2021 của Ban Thường vụ Tỉnh ủy về phát triển thể thao; Quyết định số 1720/QĐ-UBND ngày 15/9/2016 của Ủy ban nhân dân tỉnh. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "64/KH-UBND", Date: "2021-07-12", Level: Province, Locality: "Hà Nam"),
            Documents = [Doc("07-KL/TU", "Kết luận", "2021-06-02", Province, "Hà Nam"), Doc("1720/QĐ-UBND", "Quyết định", "2016-09-15", Province, "Hà Nam")],
            Relations = [Rel(Self, Implements, "07-KL/TU"), Rel(Self, Implements, "1720/QĐ-UBND")],
        };

        yield return new("a_named_document_before_a_clause_of_its_own_does_not_carry_the_lead_in_to_the_number_after_it",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH HÀ NAM",
                "Số: 65/BC-UBND",
                "Hà Nam, ngày 14 tháng 7 năm 2021",
                "BÁO CÁO",
                "TÌNH HÌNH PHÁT TRIỂN THỂ THAO QUẦN CHÚNG",
                "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, năm 2021 các huyện đã rà soát Quyết định số 1720/QĐ-UBND ngày 15/9/2016 của Ủy ban nhân dân tỉnh.",
                "I. KẾT QUẢ"))
        {
            Own = new(Type: "Báo cáo", Symbol: "65/BC-UBND", Date: "2021-07-14", Level: Province, Locality: "Hà Nam"),
            Documents = [Doc("1720/QĐ-UBND", "Quyết định", "2016-09-15", Province, "Hà Nam")],
            Relations = [],
        };

        yield return new("a_decision_whose_title_opens_on_amending_amends_the_decision_it_names",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH NINH THUẬN",
                "Số: 45/2021/QĐ-UBND",
                "Ninh Thuận, ngày 15 tháng 9 năm 2021",
                "QUYẾT ĐỊNH",
                "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 20/2019/QĐ-UBND NGÀY 10 THÁNG 5 NĂM 2019 CỦA ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
                "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN",
                "Căn cứ Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý, phát triển cụm công nghiệp;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định", Symbol: "45/2021/QĐ-UBND", Date: "2021-09-15", Level: Province, Locality: "Ninh Thuận"),
            Documents = [Doc("20/2019/QĐ-UBND", "Quyết định", "2019-05-10", Province, "Ninh Thuận"), Doc("68/2017/NĐ-CP", "Nghị định", "2017-05-25", Central)],
            Relations = [Rel(Self, Amends, "20/2019/QĐ-UBND"), Rel(Self, BasedOn, "68/2017/NĐ-CP")],
        };

        yield return new("a_title_amending_a_plan_that_carries_out_a_resolution_does_not_amend_the_resolution",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH NINH THUẬN",
                "Số: 46/QĐ-UBND",
                "Ninh Thuận, ngày 16 tháng 9 năm 2021",
                "QUYẾT ĐỊNH",
                "SỬA ĐỔI, BỔ SUNG KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW NGÀY 03 THÁNG 6 NĂM 2013 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định", Symbol: "46/QĐ-UBND", Date: "2021-09-16", Level: Province, Locality: "Ninh Thuận"),
            Documents = [Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central)],
            Relations = [Rel(Self, Implements, "25-NQ/TW")],
        };

        yield return new("a_directive_that_first_tells_where_things_stand_carries_out_what_its_preamble_names",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH HÀ NAM",
                "Số: 12/CT-UBND",
                "Hà Nam, ngày 05 tháng 9 năm 2019",
                "CHỈ THỊ",
                "VỀ NHIỆM VỤ CHỦ YẾU NĂM HỌC 2019-2020",
                "Năm học 2018-2019, toàn ngành Giáo dục tỉnh Hà Nam đã triển khai các nhiệm vụ theo Chỉ thị số 20/CT-UBND ngày 10/9/2018 của Ủy ban nhân dân tỉnh, đạt được kết quả quan trọng.",
                "Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019 của Bộ Giáo dục và Đào tạo về nhiệm vụ chủ yếu năm học 2019-2020 của ngành Giáo dục;",
                "Nhằm tiếp tục phát huy những kết quả đã đạt được, Chủ tịch UBND tỉnh chỉ thị:",
                "1. Tăng cường công tác quản lý."))
        {
            Own = new(Type: "Chỉ thị", Symbol: "12/CT-UBND", Date: "2019-09-05"),
            Documents = [Doc("20/CT-UBND", "Chỉ thị", "2018-09-10"), Doc("2268/CT-BGDĐT", "Chỉ thị", "2019-08-08", Central)],
            Relations = [Rel(Self, Implements, "2268/CT-BGDĐT")],
        };

        yield return new("a_report_whose_second_paragraph_tells_of_carrying_out_a_plan_states_nothing_of_its_own",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "XÃ TÂN LẬP",
                "Số: 31/BC-UBND",
                "Tân Lập, ngày 10 tháng 6 năm 2021",
                "BÁO CÁO",
                "Kết quả công tác dân vận 6 tháng đầu năm 2021",
                "Sáu tháng đầu năm 2021, tình hình kinh tế - xã hội của xã tiếp tục ổn định, an ninh chính trị được giữ vững.",
                "Thực hiện Kế hoạch số 45-KH/HU ngày 12/01/2021 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân xã đã tổ chức tuyên truyền đến các thôn.",
                "I. KẾT QUẢ THỰC HIỆN"))
        {
            Own = new(Type: "Báo cáo", Symbol: "31/BC-UBND", Date: "2021-06-10"),
            Documents = [Doc("45-KH/HU", "Kế hoạch", "2021-01-12", District)],
        };

        yield return new("a_lower_case_basis_after_a_semicolon_is_a_basis_not_a_plan_carried_out",
            Lines(
                "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020",
                "",
                "Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ",
                "Tỉnh ủy Bắc Kạn về công tác tuyên giáo năm 2020; căn cứ Hướng dẫn số 115-HD/BTGTW, ngày 08 tháng 01 năm",
                "2020 của Ban Tuyên giáo Trung ương về tuyên truyền các ngày lễ lớn, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị,",
                "Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tỉnh tập trung tuyên truyền tốt các nội dung sau: 1.1"))
        {
            Documents = [Doc("172-KH/TU", "Kế hoạch", "2020-01-21", Province, "Bắc Kạn"), Doc("115-HD/BTGTW", "Hướng dẫn", "2020-01-08", Central)],
            Relations = [Rel(Self, Implements, "172-KH/TU"), Rel(Self, BasedOn, "115-HD/BTGTW")],
        };

        yield return new("bodies_that_act_on_a_plan_mid_sentence_state_no_basis",
            "Các cơ quan, đơn vị căn cứ Kế hoạch số 172-KH/TU ngày 21/01/2020 của Ban Thường vụ Tỉnh ủy Bắc Kạn xây dựng kế hoạch tuyên truyền của đơn vị mình.")
        {
            Documents = [Doc("172-KH/TU", "Kế hoạch", "2020-01-21", Province, "Bắc Kạn")],
        };

        yield return new("hdnd_resolution_replaces_what_the_proposal_asks_it_to_replace",
            Lines(
                "HỘI ĐỒNG NHÂN DÂN |",
                "CỘNG HÒA XÃ",
                "HỘI CHỦ NGHĨA VIỆT NAM |",
                "Số: 18/2021/NQ-HĐND |",
                "Bình Định, ngày 10 tháng 12 năm 2021 |",
                "QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC DÂN VẬN TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH",
                "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH",
                "KHÓA XIII - KỲ HỌP THỨ 4",
                "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
                "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước;",
                "Xét Tờ trình số 150/TTr-UBND ngày 22 tháng 11 năm 2021 của UBND tỉnh về việc đề nghị ban hành Nghị quyết quy định mức chi hỗ trợ công tác dân vận (thay thế Nghị quyết số 41/2017/NQ-HĐND ngày 15 tháng 7 năm 2017 của HĐND tỉnh); Báo cáo thẩm tra số 60/BC-VHXH ngày 06 tháng 12 năm 2021 của Ban Văn hóa - Xã hội HĐND tỉnh.",
                "QUYẾT NGHỊ:"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "18/2021/NQ-HĐND", Date: "2021-12-10", Level: Province, Locality: "Bình Định"),
            Documents =
            [
                Doc("163/2016/NĐ-CP", "Nghị định", "2016-12-21", Central),
                Doc("150/TTr-UBND", "Tờ trình", "2021-11-22"),
                Doc("41/2017/NQ-HĐND", "Nghị quyết", "2017-07-15"),
                Doc("60/BC-VHXH", "Báo cáo", "2021-12-06"),
            ],
            Relations = [Rel(Self, BasedOn, "163/2016/NĐ-CP"), Rel(Self, Replaces, "41/2017/NQ-HĐND")],
        };

        yield return new("plan_basis_heading_governs_the_list_below_it_until_the_next_heading",
            Lines(
                "KẾ HOẠCH",
                "Chuyển đổi số trên địa bàn xã Cẩm Hưng năm 2024",
                "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển đổi số quốc gia;",
                "- Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh về chuyển đổi số;",
                "- Kế hoạch số 194/KH-UBND ngày 12/3/2024 của UBND huyện Cẩm Xuyên về chuyển đổi số năm 2024.",
                "II. MỤC ĐÍCH, YÊU CẦU",
                "- Quán triệt đến cán bộ, công chức về mục tiêu của chuyển đổi số."))
        {
            Own = new(Type: "Kế hoạch", NoSymbol: true),
            Documents =
            [
                Doc("749/QĐ-TTg", "Quyết định", "2020-06-03", Central),
                Doc("05-NQ/TU", "Nghị quyết", "2021-10-22", Province, "Hà Tĩnh"),
                Doc("194/KH-UBND", "Kế hoạch", "2024-03-12", District, "Cẩm Xuyên"),
            ],
            Relations = [Rel(Self, BasedOn, "749/QĐ-TTg"), Rel(Self, BasedOn, "05-NQ/TU"), Rel(Self, BasedOn, "194/KH-UBND")],
        };

        yield return new("official_letter_bases_joined_by_commas_keep_their_nested_amendment_apart",
            Lines(
                "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia, Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 27/2022/NĐ-CP ngày 19/4/2022, Chỉ thị số 21/CT-TTg ngày 10/6/2023 của Thủ tướng Chính phủ về xây dựng kế hoạch năm 2024, Bộ Tài chính hướng dẫn các địa phương đánh giá thực hiện kế hoạch năm 2023 như sau:"))
        {
            Documents =
            [
                Doc("27/2022/NĐ-CP", "Nghị định", "2022-04-19", Central, mentions: 2),
                Doc("38/2023/NĐ-CP", "Nghị định", "2023-06-24", Central),
                Doc("21/CT-TTg", "Chỉ thị", "2023-06-10", Central),
            ],
            Relations =
            [
                Rel(Self, BasedOn, "27/2022/NĐ-CP"), Rel(Self, BasedOn, "38/2023/NĐ-CP"), Rel(Self, BasedOn, "21/CT-TTg"),
                Rel("38/2023/NĐ-CP", Amends, "27/2022/NĐ-CP"),
            ],
        };

        yield return new("a_pdf_preamble_broken_across_lines_keeps_its_bases_and_dates",
            Lines(
                "Căn cứ Nghị quyết số 24/2021/QH15 ngày 28 tháng",
                "7 năm 2021 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021",
                "- 2025;",
                "Căn cứ Quyết định số",
                "07/2022/QĐ-TTg ngày 25 tháng 3 năm 2022 của Thủ tướng",
                "Chính phủ quy định nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương;",
                "Căn cứ Thông tư số 15/2022/TT-BTC",
                "ngày 04 tháng 3 năm 2022 của Bộ trưởng Bộ Tài chính quy định quản lý và sử dụng kinh phí sự nghiệp;"))
        {
            Documents =
            [
                Doc("24/2021/QH15", "Nghị quyết", "2021-07-28", Central),
                Doc("07/2022/QĐ-TTg", "Quyết định", "2022-03-25", Central, issuer: "Thủ tướng Chính phủ"),
                Doc("15/2022/TT-BTC", "Thông tư", "2022-03-04", Central),
            ],
            Relations = [Rel(Self, BasedOn, "24/2021/QH15"), Rel(Self, BasedOn, "07/2022/QĐ-TTg"), Rel(Self, BasedOn, "15/2022/TT-BTC")],
        };

        yield return new("report_preamble_carries_out_the_plan_but_the_same_words_in_the_body_do_not",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "XÃ PHÚ LỘC",
                "Số: 31/BC-UBND",
                "Phú Lộc, ngày 07 tháng 3 năm 2025",
                "BÁO CÁO",
                "Kết quả công tác cải cách hành chính Quý I năm 2025",
                "Căn cứ Quyết định số 65/QĐ-UBND ngày 16/01/2025 của Ủy ban nhân dân huyện Krông Năng về việc ban hành Kế hoạch cải cách hành chính năm 2025;",
                "Thực hiện Kế hoạch số 11/KH-UBND ngày 21/01/2025 của Ủy ban nhân dân xã Phú Lộc về thực hiện công tác cải cách hành chính năm 2025. Ủy ban nhân dân xã báo cáo kết quả như sau:",
                "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                "Thực hiện Kế hoạch số 20/KH-UBND ngày 15/02/2025 của Ủy ban nhân dân huyện Krông Năng. Các bộ phận đã rà soát thủ tục hành chính."))
        {
            Own = new(Type: "Báo cáo", Symbol: "31/BC-UBND", Date: "2025-03-07", Level: Commune, Locality: "Phú Lộc"),
            Documents =
            [
                Doc("65/QĐ-UBND", "Quyết định", "2025-01-16", District, "Krông Năng"),
                Doc("11/KH-UBND", "Kế hoạch", "2025-01-21", Commune, "Phú Lộc"),
                Doc("20/KH-UBND", "Kế hoạch", "2025-02-15", District, "Krông Năng"),
            ],
            Relations = [Rel(Self, BasedOn, "65/QĐ-UBND"), Rel(Self, Implements, "11/KH-UBND")],
        };

        yield return new("a_report_reviews_what_it_says_it_reports_on",
            "Tiếp theo các báo cáo quý I/2010; Bộ Lao động - Thương binh và Xã hội tổng hợp và báo cáo kết quả thực hiện Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ 6 tháng đầu năm 2010 như sau:")
        {
            Documents = [Doc("30a/2008/NQ-CP", "Nghị quyết", "2008-12-27", Central)],
            Relations = [Rel(Self, Reviews, "30a/2008/NQ-CP")],
        };

        yield return new("own_issuer_from_the_number_and_the_signature_of_a_department",
            Lines(
                "Số: /BC-STP",
                "Vĩnh Yên, ngày      tháng 11 năm 2024",
                "BÁO CÁO",
                "Kết quả công tác phổ biến, giáo dục pháp luật năm 2024 trên địa bàn tỉnh Vĩnh Phúc",
                "Năm 2024, công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh Vĩnh Phúc được triển khai đồng bộ.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn Hải"))
        {
            Own = new(Type: "Báo cáo", NoSymbol: true, Date: "2024-11", Level: Agency, Locality: "Vĩnh Phúc", Issuer: "Sở Tư pháp"),
        };

        yield return new("a_lead_in_list_cut_by_line_breaks_after_semicolons_goes_on_below",
            Lines(
                "HƯỚNG DẪN",
                "xây dựng mô hình “Dân vận khéo” năm 2024",
                "Thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về công tác dân vận; Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của Ủy ban nhân dân tỉnh Tuyên Quang về thi đua “Dân vận khéo”;",
                "Hướng dẫn số 08-HD/BDVTU, ngày 25/9/2022 của Ban Dân vận Tỉnh ủy về công tác khen thưởng phong trào thi đua “Dân vận khéo”; căn cứ Chương trình công tác năm 2024",
                ", Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh hướng dẫn như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU"))
        {
            Own = new(Type: "Hướng dẫn", NoSymbol: true),
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central), Doc("08/2022/QĐ-UBND", "Quyết định", "2022-04-19", Province, "Tuyên Quang"),
                Doc("08-HD/BDVTU", "Hướng dẫn", "2022-09-25"),
            ],
            Relations = [Rel(Self, Implements, "25-NQ/TW"), Rel(Self, Implements, "08/2022/QĐ-UBND"), Rel(Self, Implements, "08-HD/BDVTU")],
        };

        yield return new("a_numbered_basis_list_under_a_broken_heading_runs_to_the_next_roman_heading",
            Lines(
                "KẾ HOẠCH",
                "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH LONG AN",
                "I. CĂN CỨ XÂY DỰNG",
                "KẾ HOẠCH",
                "1. Quyết định số 924/QĐ-TTg ngày 22",
                "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số trong xây dựng nông thôn mới giai đoạn",
                "2021-2025;",
                "2. Nghị quyết số 08-NQ/TU ngày 06",
                "tháng 10 năm 2021 của Tỉnh ủy về chuyển đổi số tỉnh Long An đến năm 2025.",
                "II. MỤC ĐÍCH, YÊU CẦU",
                "1. Thực hiện Kế hoạch số 370/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh có hiệu quả."))
        {
            Documents =
            [
                Doc("924/QĐ-TTg", "Quyết định", "2022-08-22", Central), Doc("08-NQ/TU", "Nghị quyết", "2021-10-06", Province, "Long An"),
                Doc("370/KH-UBND", "Kế hoạch", "2021-12-08"),
            ],
            Relations = [Rel(Self, BasedOn, "924/QĐ-TTg"), Rel(Self, BasedOn, "08-NQ/TU")],
        };

        yield return new("a_page_that_lost_its_header_is_named_by_its_headline",
            Lines(
                "Công văn số 490-CV/BDVTW ngày 14/10/2016 về việc hướng dẫn thực hiện Chương trình phối hợp về công tác dân vận",
                "Ngày 11/10/2016, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP về công tác dân vận, giai đoạn 2016 – 2021."))
        {
            Own = new(Type: "Công văn", Symbol: "490-CV/BDVTW", Date: "2016-10-14"),
            Documents = [Doc("79-CTr/BDVTW-BCSĐCP", "Chương trình", "2016-10-11", Central)],
        };

        yield return new("a_decision_article_that_takes_effect_and_replaces_is_the_decisions_own",
            Lines(
                "QUYẾT ĐỊNH",
                "Ban hành Quy chế làm việc của Ủy ban nhân dân quận Ninh Kiều",
                "ỦY BAN NHÂN DÂN QUẬN NINH KIỀU",
                "Căn cứ Quyết định số 19/2010/QĐ-UBND ngày 29 tháng 3 năm 2010 của Ủy ban nhân dân thành phố Cần Thơ ban hành Quy chế làm việc mẫu;",
                "Xét đề nghị của Trưởng phòng Nội vụ tại tờ trình số 175/TTr-NV ngày 27 tháng 3 năm 2014,",
                "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân quận.",
                "Điều 2. Quyết định có hiệu lực thi hành sau 07 ngày, kể từ ngày ký và thay thế Quyết định số 129/QĐ-UB ngày 03 tháng 3 năm 2005 của Ủy ban nhân dân quận Ninh Kiều."))
        {
            Own = new(Type: "Quyết định", NoSymbol: true),
            Documents =
            [
                Doc("19/2010/QĐ-UBND", "Quyết định", "2010-03-29"), Doc("175/TTr-NV", "Tờ trình", "2014-03-27"),
                Doc("129/QĐ-UB", "Quyết định", "2005-03-03"),
            ],
            Relations = [Rel(Self, BasedOn, "19/2010/QĐ-UBND"), Rel(Self, Replaces, "129/QĐ-UB")],
        };

        yield return new("a_basis_heading_list_stops_at_the_proposal_line",
            Lines(
                "KẾ HOẠCH",
                "Triển khai dịch vụ công trực tuyến trên địa bàn tỉnh Phú Yên",
                "I. CĂN CỨ PHÁP LÝ",
                "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến;",
                "Công văn số 4338/BTTTT-CĐSQG ngày 14/10/2024 của Bộ Thông tin và Truyền thông về Khung triển khai dịch vụ công trực tuyến.",
                "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 3754/TTr-STTTT ngày 15/11/2024.",
                "II. MỤC ĐÍCH, YÊU CẦU"))
        {
            Documents =
            [
                Doc("42/2022/NĐ-CP", "Nghị định", "2022-06-24", Central), Doc("4338/BTTTT-CĐSQG", date: "2024-10-14"),
                Doc("3754/TTr-STTTT", "Tờ trình", "2024-11-15"),
            ],
            Relations = [Rel(Self, BasedOn, "42/2022/NĐ-CP"), Rel(Self, BasedOn, "4338/BTTTT-CĐSQG")],
        };

        yield return new("a_reports_heading_reviews_and_its_directions_continue",
            Lines(
                "ĐẢNG BỘ TỈNH TIỀN GIANG",
                "HUYỆN ỦY CÁI BÈ",
                "Số 210-BC/HU",
                "Cái Bè, ngày 20 tháng 10 năm 2023",
                "BÁO CÁO",
                "kết quả công tác dân vận năm 2023",
                "6. Kết quả thực hiện Nghị quyết số 25-NQ/TW, Kết luận số 43-KL/TW và Kế hoạch số 15-KH/HU",
                "Các cấp ủy đã quán triệt đến cán bộ, đảng viên.",
                "II. PHƯƠNG HƯỚNG, NHIỆM VỤ",
                "Tiếp tục thực hiện tốt công tác dân vận của hệ thống chính trị, nhất là Chỉ thị số 49-CT/TW ngày 20/6/2015 của Ban Bí thư, Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị.",
                "Yêu cầu các chi bộ tiếp tục thực hiện Kế hoạch số 20-KH/HU ngày 05/3/2023 của Ban Thường vụ Huyện ủy."))
        {
            Own = new(Type: "Báo cáo", Symbol: "210-BC/HU"),
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", level: Central), Doc("43-KL/TW", "Kết luận", level: Central), Doc("15-KH/HU", "Kế hoạch", level: District),
                Doc("49-CT/TW", "Chỉ thị", "2015-06-20", Central), Doc("23-QĐ/TW", "Quyết định", "2021-07-30", Central),
                Doc("20-KH/HU", "Kế hoạch", "2023-03-05", District),
            ],
            Relations =
            [
                Rel(Self, Reviews, "25-NQ/TW"), Rel(Self, Reviews, "43-KL/TW"), Rel(Self, Reviews, "15-KH/HU"),
                Rel(Self, Continues, "49-CT/TW"), Rel(Self, Continues, "23-QĐ/TW"),
            ],
        };

        yield return new("a_council_considering_a_proposal_states_no_relation_to_it",
            Lines(
                "NGHỊ QUYẾT",
                "Về việc thành lập thị trấn Phú Mỹ",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                "Trên cơ sở xem xét Tờ trình số 85/TTr-UBND ngày 2 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 40/BC-HĐND ngày 5 tháng 10 năm 2023 của Ban Pháp chế Hội đồng nhân dân tỉnh,",
                "QUYẾT NGHỊ:"))
        {
            Documents = [Doc("85/TTr-UBND", "Tờ trình", "2023-10-02"), Doc("40/BC-HĐND", "Báo cáo", "2023-10-05")],
            Relations = [],
        };

        yield return new("on_the_basis_of_a_conclusion_the_plan_carries_it_out",
            Lines(
                "KẾ HOẠCH",
                "Trên cơ sở Kết luận số 18-KL/TU ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện như sau:"))
        {
            Documents = [Doc("18-KL/TU", "Kết luận", "2023-03-02", Province)],
            Relations = [Rel(Self, Implements, "18-KL/TU")],
        };

        yield return new("a_named_rule_issued_with_a_decision_stands_for_the_decision",
            "Thực hiện Quy chế quản lý, điều hành thực hiện các Chương trình mục tiêu quốc gia (ban hành kèm theo Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng Chính phủ) và Chương trình công tác năm 2018 của Ban Chỉ đạo Trung ương (ban hành kèm theo Quyết định số 435/QĐ-TTg ngày 21/4/2018 của Thủ tướng Chính phủ), Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn các tỉnh tiến hành sơ kết như sau:")
        {
            Documents = [Doc("41/2016/QĐ-TTg", "Quyết định", "2016-10-10", Central), Doc("435/QĐ-TTg", "Quyết định", "2018-04-21", Central)],
            Relations = [Rel(Self, Implements, "41/2016/QĐ-TTg"), Rel(Self, Implements, "435/QĐ-TTg")],
        };

        yield return new("a_long_name_without_kem_theo_is_out_of_the_lead_ins_reach",
            "Thực hiện chương trình công tác trọng tâm của năm về cải cách hành chính và chuyển đổi số trong các cơ quan nhà nước trên địa bàn, theo Quyết định số 41/2016/QĐ-TTg ngày 10/10/2016 của Thủ tướng Chính phủ về quản lý các chương trình, sở đã làm tốt.")
        {
            Documents = [Doc("41/2016/QĐ-TTg", "Quyết định", "2016-10-10", Central)],
            Relations = [],
        };

        // a report's opening items set off by dashes are its preamble all the same
        yield return new("a_report_whose_lead_ins_are_dashed_items_implements_what_they_name",
            SchoolReport(
                "- Thực hiện Công văn số 917/SGDĐT ngày 11/11/2019 của Sở Giáo dục và Đào tạo Yên Bái về việc kiểm tra công tác phổ cập giáo dục;",
                "- Thực hiện Kế hoạch số 54/KH-UBND ngày 15/3/2019 của UBND huyện Văn Yên về phổ cập giáo dục năm 2019;"))
        {
            Own = new(Type: "Báo cáo", Date: "2019-12-12"),
            Documents = [Doc("917/SGDĐT", date: "2019-11-11"), Doc("54/KH-UBND", "Kế hoạch", "2019-03-15", District, "Văn Yên")],
            Relations = [Rel(Self, Implements, "917/SGDĐT"), Rel(Self, Implements, "54/KH-UBND")],
        };

        yield return new("a_report_whose_first_dashed_item_is_a_result_carries_out_nothing_it_names",
            SchoolReport(
                "- Tổng số học sinh theo Kế hoạch số 54/KH-UBND ngày 15/3/2019 của UBND huyện Văn Yên là 420 em;"))
        {
            Own = new(Type: "Báo cáo", Date: "2019-12-12"),
            Documents = [Doc("54/KH-UBND", "Kế hoạch", "2019-03-15", District, "Văn Yên")],
        };

        ExpectedDocument[] aimedAt =
        [
            Doc("1020/QĐ-UBND", "Quyết định", "2021-08-05", Province, "Lai Châu"),
            Doc("14-KL/TW", "Kết luận", "2021-09-22", Central),
            Doc("08-CTr/TU", "Chương trình", "2021-12-10", Province, "Lai Châu"),
        ];

        // a plan's purpose is its own aim: what the paragraph under "1. Mục đích" sets out to carry out, the plan carries out
        yield return new("a_plans_purpose_carries_out_what_it_names",
            PlanWithAimUnder("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"))
        {
            Documents = aimedAt,
            Relations = [Rel(Self, BasedOn, "1020/QĐ-UBND"), Rel(Self, Implements, "14-KL/TW"), Rel(Self, Implements, "08-CTr/TU")],
        };

        yield return new("the_same_lead_in_under_another_heading_is_not_the_plans_own",
            PlanWithAimUnder("I. TÌNH HÌNH DU LỊCH CỘNG ĐỒNG", "1. Công tác lãnh đạo, chỉ đạo"))
        {
            Documents = aimedAt,
            Relations = [Rel(Self, BasedOn, "1020/QĐ-UBND")],
        };
    }

    /// <summary>A province's plan with its preamble, then a section and its first heading, under which a paragraph sets
    /// out to carry out a conclusion and a programme.</summary>
    private static string PlanWithAimUnder(string section, string heading) =>
        Lines(
            "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
            "Số: 35/KH-UBND",
            "Lai Châu, ngày 18 tháng 02 năm 2022",
            "KẾ HOẠCH",
            "Phát triển du lịch cộng đồng giai đoạn 2022 - 2025",
            "Căn cứ Quyết định số 1020/QĐ-UBND ngày 05/8/2021 của UBND tỉnh Lai Châu, UBND tỉnh ban hành Kế hoạch như sau:",
            section,
            heading,
            "Nhằm triển khai có hiệu quả Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị; Chương trình hành động số 08-CTr/TU ngày 10/12/2021 của Tỉnh ủy về phát triển du lịch, tạo động lực phát triển kinh tế - xã hội.",
            "2. Tổ chức thực hiện",
            "Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành.");

    /// <summary>A school's report, its opening items between its title and its first sentence.</summary>
    private static string SchoolReport(params string[] items) =>
        Lines(
        [
            "UBND HUYỆN VĂN YÊN",
            "TRƯỜNG THCS AN THỊNH",
            "An Thịnh, ngày 12 tháng 12 năm 2019",
            "BÁO CÁO",
            "Kết quả tự kiểm tra công tác phổ cập giáo dục năm 2019",
            .. items,
            "Nhà trường báo cáo kết quả như sau:",
        ]);
}
