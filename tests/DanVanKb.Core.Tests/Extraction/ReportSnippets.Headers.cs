using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>The report's own document: issuing-body block, number line, place and date line, type and title
/// block (what the report reviews or carries out), signature block.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Headers()
    {
        // in a quận's text "Thành phố" alone is the city run by the centre, a province: its decision is another
        // document than the quận's own of the same number
        yield return new("a_district_of_a_central_city_cites_the_city_by_thanh_pho_alone",
            Lines(
                "ỦY",
                "BAN NHÂN DÂN",
                "QUẬN BÌNH THẠNH",
                "Số: 88/QĐ-UBND",
                "Bình Thạnh, ngày 20 tháng 01 năm 2023",
                "QUYẾT ĐỊNH",
                "BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BÌNH THẠNH",
                "Căn cứ Quyết định số 88/QĐ-UBND ngày 12 tháng 01 năm 2023 của Ủy ban nhân dân Thành phố về cải cách hành chính năm 2023;",
                "QUYẾT ĐỊNH:"))
        {
            Own = new(Type: "Quyết định", Symbol: "88/QĐ-UBND", Date: "2023-01-20", Level: District, Locality: "Bình Thạnh", Issuer: "Ủy ban nhân dân quận Bình Thạnh"),
            Documents = [Doc("88/QĐ-UBND", "Quyết định", "2023-01-12", Province)],
            Relations = [Rel(Self, BasedOn, "88/QĐ-UBND")],
        };

        yield return new("a_district_of_a_province_cites_its_own_thanh_pho_as_a_district",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "HUYỆN CHỢ MỚI",
                "Số: 45/KH-UBND",
                "Chợ Mới, ngày 20 tháng 01 năm 2023",
                "KẾ HOẠCH",
                "Cải cách hành chính năm 2023",
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 12 tháng 01 năm 2023 của Ủy ban nhân dân Thành phố về cải cách hành chính năm 2023, Ủy ban nhân dân huyện ban hành kế hoạch như sau:"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "45/KH-UBND", Date: "2023-01-20", Level: District, Locality: "Chợ Mới"),
            Documents = [Doc("12/KH-UBND", "Kế hoạch", "2023-01-12")],
            ExactRelations = false,
        };

        // a paper reprinting a guidance puts its number and date where the title would be
        yield return new("a_reprint_whose_type_line_holds_the_number_and_date_is_that_document",
            Lines(
                "HƯỚNG DẪN SỐ 12-HD/BTCTW NGÀY 15/3/2020",
                "CỦA BAN TỔ CHỨC TRUNG ƯƠNG",
                "công tác nhân sự đại hội đảng bộ các cấp",
                "",
                "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, Ban Tổ chức Trung ương hướng dẫn như sau:"))
        {
            Own = new(Type: "Hướng dẫn", Symbol: "12-HD/BTCTW", Date: "2020-03-15"),
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2019-05-30", Central)],
            Relations = [Rel(Self, Implements, "35-CT/TW")],
        };

        yield return new("a_type_line_whose_so_begins_a_word_holds_no_number",
            Lines(
                "KẾ HOẠCH SỐ HÓA HỒ SƠ NĂM 2021",
                "",
                "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ủy ban nhân dân xã xây dựng kế hoạch như sau:"))
        {
            Own = new(Type: "Kế hoạch", NoSymbol: true),
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2019-05-30", Central)],
            Relations = [Rel(Self, Implements, "35-CT/TW")],
        };

        yield return NamDanReport("party_district_report_header_gives_the_own_document", NamDanText);

        yield return new("blank_number_state_report_header_gives_no_own_symbol",
            Lines(
                MyXuyenStateHeader("Số: /BC-UBND", "Mỹ Xuyên, ngày tháng 5 năm 2023"),
                "BÁO CÁO",
                "Kết quả thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường công tác dân vận trong tình hình mới",
                "Mỹ Xuyên là huyện ven biển của tỉnh Sóc Trăng, có 11 xã, thị trấn."))
        {
            Own = new(Type: "Báo cáo", NoSymbol: true, Date: "2023-05", Level: District, Locality: "Mỹ Xuyên", Issuer: "Ủy ban nhân dân huyện Mỹ Xuyên",
                TitleStart: "Kết quả thực hiện Chỉ thị số 33/CT-TTg"),
            Documents = [Doc("33/CT-TTg", "Chỉ thị", "2021-11-26", Central, issuer: "Thủ tướng Chính phủ")],
            Relations = [Rel(Self, Reviews, "33/CT-TTg")],
        };

        yield return new("a_standing_committee_resolution_names_its_type_before_its_number",
            Lines(
                "ỦY BAN THƯỜNG VỤ",
                "QUỐC HỘI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Nghị quyết số: 653/2019/UBTVQH14",
                "Hà Nội, ngày 12 tháng 3 năm 2019",
                "NGHỊ QUYẾT",
                "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TRONG GIAI ĐOẠN 2019 - 2021",
                "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
                "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;",
                "QUYẾT NGHỊ:"))
        {
            Own = new(Type: "Nghị quyết", Symbol: "653/2019/UBTVQH14", Date: "2019-03-12"),
            Documents = [Doc("57/2014/QH13", "Luật", null, Central)],
            Relations = [Rel(Self, BasedOn, "57/2014/QH13")],
        };

        yield return new("signature_block_names_the_signing_body_and_signer",
            Lines(
                CamXuyenHeader("356-BC/HU", "ngày 20 tháng 12 năm 2022"),
                "BÁO CÁO",
                "kết quả công tác dân vận năm 2022, phương hướng nhiệm vụ năm 2023",
                "Trong năm, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 58-KH/HU ngày 28/4/2022 về công tác dân vận năm 2022.",
                "Trên đây là báo cáo kết quả công tác dân vận năm 2022 của Ban Thường vụ Huyện ủy Cẩm Xuyên.",
                "Nơi nhận:",
                "- Ban Dân vận Tỉnh ủy (b/c),",
                "- Lưu Văn phòng Huyện ủy.",
                "T/M BAN THƯỜNG VỤ",
                "PHÓ BÍ THƯ",
                "Trần Văn Nam"))
        {
            Own = new(Type: "Báo cáo", Symbol: "356-BC/HU", Date: "2022-12-20", Level: District, Locality: "Cẩm Xuyên", Issuer: "Huyện ủy Cẩm Xuyên",
                Signer: "Trần Văn Nam", SignatureRoleStart: "T/M BAN THƯỜNG VỤ"),
            Documents = [Doc("58-KH/HU", "Kế hoạch", "2022-04-28", District, "Cẩm Xuyên")],
        };

        yield return new("wrapped_title_reviews_both_documents_it_names",
            Lines(
                "TỈNH ỦY ĐỒNG THÁP",
                "BAN DÂN VẬN",
                "Số 215-BC/BDVTU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Cao Lãnh, ngày 10 tháng 01 năm 2024",
                "BÁO CÁO",
                "sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư",
                "và Chương trình hành động số 14-CTr/TU ngày 20/3/2019 của Ban Thường vụ Tỉnh ủy",
                "I. KẾT QUẢ THỰC HIỆN",
                "Công tác dân vận của hệ thống chính trị tỉnh Đồng Tháp có nhiều chuyển biến."))
        {
            Own = new(Type: "Báo cáo", Symbol: "215-BC/BDVTU", Date: "2024-01-10", Level: Agency, Locality: "Đồng Tháp", Issuer: "Ban Dân vận Tỉnh ủy Đồng Tháp",
                TitleStart: "sơ kết 5 năm thực hiện Kết luận số 43-KL/TW"),
            Documents =
            [
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"),
                Doc("14-CTr/TU", "Chương trình", "2019-03-20", Province, "Đồng Tháp", "Ban Thường vụ Tỉnh ủy"),
            ],
            Relations = [Rel(Self, Reviews, "43-KL/TW"), Rel(Self, Reviews, "14-CTr/TU")],
        };

        yield return new("plan_header_makes_the_own_document_a_plan_that_implements_its_title",
            Lines(
                "ĐẢNG BỘ TỈNH HÀ TĨNH",
                "HUYỆN ỦY HƯƠNG SƠN",
                "Số 112-KH/HU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Hương Sơn, ngày 05 tháng 4 năm 2022",
                "KẾ HOẠCH",
                "triển khai thực hiện Chỉ thị số 05-CT/TU ngày 20/01/2022 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên và Nhân dân trên địa bàn huyện."))
        {
            Own = new(Type: "Kế hoạch", Symbol: "112-KH/HU", Date: "2022-04-05", Level: District, Locality: "Hương Sơn", Issuer: "Huyện ủy Hương Sơn",
                TitleStart: "triển khai thực hiện Chỉ thị số 05-CT/TU"),
            Documents =
            [
                Doc("05-CT/TU", "Chỉ thị", "2022-01-20", Province, "Hà Tĩnh", "Ban Thường vụ Tỉnh ủy",
                    "nâng cao chất lượng công tác dân vận"),
            ],
            Relations = [Rel(Self, Implements, "05-CT/TU")],
        };

        yield return new("lead_in_of_the_report_implements_the_plan_that_asked_for_it",
            Lines(
                NamDanHeaderAndTitle,
                "Thực hiện Kế hoạch số 156-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Nam Đàn báo cáo kết quả như sau:",
                NamDanBody))
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central),
                Doc("156-KH/TU", "Kế hoạch", "2023-04-20", Province, "Nghệ An", "Ban Thường vụ Tỉnh ủy"),
            ],
            Relations = [Rel(Self, Reviews, "25-NQ/TW"), Rel(Self, Implements, "156-KH/TU")],
        };

        yield return new("report_header_set_as_a_table",
            Lines(
                Row("ĐẢNG BỘ TỈNH SÓC TRĂNG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                Row("HUYỆN ỦY MỸ XUYÊN", ""),
                Row("Số 230-BC/HU", "Mỹ Xuyên, ngày 05 tháng 7 năm 2023"),
                "BÁO CÁO",
                "sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư",
                "I. KẾT QUẢ THỰC HIỆN",
                "Công tác dân vận trên địa bàn huyện có nhiều chuyển biến tích cực."))
        {
            Own = new(Type: "Báo cáo", Symbol: "230-BC/HU", Date: "2023-07-05", Level: District, Locality: "Mỹ Xuyên", Issuer: "Huyện ủy Mỹ Xuyên",
                TitleStart: "sơ kết 5 năm thực hiện Kết luận số 43-KL/TW"),
            Documents = [Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư")],
            Relations = [Rel(Self, Reviews, "43-KL/TW")],
        };

        yield return new("own_official_letter_with_a_v_v_line_implements_its_lead_in",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH QUẢNG NINH",
                "Số: 2480/UBND-NCPC",
                "V/v tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Quảng Ninh, ngày 14 tháng 9 năm 2022",
                "Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.",
                "Thực hiện Chỉ thị số 35/CT-TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo, Ủy ban nhân dân tỉnh yêu cầu các địa phương thực hiện tốt các nội dung sau:"))
        {
            Own = new(Type: "Công văn", Symbol: "2480/UBND-NCPC", Date: "2022-09-14", Level: Province, Locality: "Quảng Ninh", Issuer: "Ủy ban nhân dân tỉnh Quảng Ninh",
                TitleStart: "tăng cường công tác tiếp công dân"),
            Documents = [Doc("35-CT/TW", "Chỉ thị", "2014-05-26", Central, issuer: "Bộ Chính trị")],
            Relations = [Rel(Self, Implements, "35-CT/TW")],
        };

        yield return new("closing_sentence_and_signature_name_the_issuer_without_a_header",
            Lines(
                "Năm 2022, Đảng ủy phường ban hành Kế hoạch số 09-KH/ĐU ngày 15/4/2022 về công tác dân vận năm 2022.",
                "Trên đây là báo cáo kết quả công tác dân vận năm 2022 của Ban Thường vụ Đảng ủy phường Cao Xanh.",
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Phạm Thị Lan"))
        {
            Own = new(Type: "Báo cáo", Level: Commune, Locality: "Cao Xanh", Issuer: "Đảng ủy phường Cao Xanh",
                Signer: "Phạm Thị Lan", SignatureRoleStart: "T/M ĐẢNG ỦY"),
            Documents = [Doc("09-KH/ĐU", "Kế hoạch", "2022-04-15", Commune, "Cao Xanh")],
        };

        yield return new("a_place_name_with_a_hyphen_dates_the_report",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH BÀ RỊA - VŨNG TÀU",
                "Số: 88/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Bà Rịa-Vũng Tàu, ngày 12 tháng 4 năm 2019",
                "KẾ HOẠCH",
                "Thực hiện công tác dân vận chính quyền năm 2019",
                "Căn cứ Chỉ thị số 16/CT-TTg ngày 8/6/2018 của Thủ tướng Chính phủ;"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "88/KH-UBND", Date: "2019-04-12", Level: Province, TitleStart: "Thực hiện công tác dân vận chính quyền"),
            Documents = [Doc("16/CT-TTg", "Chỉ thị", "2018-06-08", Central)],
            ExactRelations = false,
        };

        yield return new("the_party_named_in_a_title_is_not_the_motto",
            Lines(
                "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 - 3/2/2025)",
                "Căn cứ Hướng dẫn số 150-HD/BTGTW ngày 12/11/2024 của Ban Tuyên giáo Trung ương;",
                "Ủy ban nhân dân huyện xây dựng Kế hoạch tổ chức các hoạt động kỷ niệm như sau:"))
        {
            Own = new(Type: "Kế hoạch", TitleStart: "TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930"),
            Documents = [Doc("150-HD/BTGTW", "Hướng dẫn", "2024-11-12", Central)],
            ExactRelations = false,
        };

        yield return new("a_page_menu_and_title_above_the_header_are_not_the_header",
            Lines(
                "TRANG CHỦ > VĂN BẢN CHỈ ĐẠO",
                "Đăng ngày 12/5/2024",
                "KẾ HOẠCH tuyên truyền bầu cử đại biểu Hội đồng nhân dân xã",
                "ĐẢNG BỘ HUYỆN NGỌC HỒI",
                "ĐẢNG ỦY XÃ BỜ Y",
                "*",
                "Số 41-KH/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Bờ Y, ngày 10 tháng 5 năm 2024",
                "KẾ HOẠCH",
                "tuyên truyền bầu cử đại biểu Hội đồng nhân dân xã",
                "Thực hiện Kế hoạch số 120-KH/HU ngày 2/5/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã xây dựng kế hoạch như sau:"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "41-KH/ĐU", Date: "2024-05-10", Level: Commune, Locality: "Bờ Y", TitleStart: "tuyên truyền bầu cử"),
            Documents = [Doc("120-KH/HU", "Kế hoạch", "2024-05-02", District)],
            Relations = [Rel(Self, Implements, "120-KH/HU")],
        };
    }

    /// <summary>The Nam Đàn report of the brief; reused in NFD and CRLF forms.</summary>
    private static ExtractorSpec NamDanReport(string name, string text) => new(name, text)
    {
        Own = new(Type: "Báo cáo", Symbol: "125-BC/HU", Date: "2023-06-15", Level: District, Locality: "Nam Đàn", Issuer: "Huyện ủy Nam Đàn",
            TitleStart: "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW"),
        Documents =
        [
            Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, issuer: "Ban Chấp hành Trung ương",
                title: "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        ],
        Relations = [Rel(Self, Reviews, "25-NQ/TW")],
    };

    private static string NamDanText => Lines(NamDanHeaderAndTitle, NamDanBody);

    private static string NamDanHeaderAndTitle => Lines(
        "ĐẢNG BỘ TỈNH NGHỆ AN",
        "HUYỆN ỦY NAM ĐÀN",
        "Số 125-BC/HU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Nam Đàn, ngày 15 tháng 6 năm 2023",
        "BÁO CÁO",
        "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”");

    private static string NamDanBody => Lines(
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "Nam Đàn là huyện đồng bằng của tỉnh Nghệ An, có 19 đơn vị hành chính cấp xã; Đảng bộ huyện có 56 tổ chức cơ sở đảng với 9.870 đảng viên.");

    private static string CamXuyenHeader(string symbol, string date) => Lines(
        "ĐẢNG BỘ TỈNH HÀ TĨNH",
        "HUYỆN ỦY CẨM XUYÊN",
        $"Số {symbol}",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        $"Cẩm Xuyên, {date}");

    private static string MyXuyenStateHeader(string numberLine, string placeAndDate) => Lines(
        "ỦY BAN NHÂN DÂN",
        "HUYỆN MỸ XUYÊN",
        numberLine,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        placeAndDate);
}
