using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Who issued a document, at which level, of which locality: abbreviations expanded, local bodies
/// placed by the report's own header, Thành ủy told apart by the city's rank.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Issuers()
    {
        yield return new("one_number_of_two_communes_in_one_footnote_is_two_plans",
            Lines(
                "ĐẢNG BỘ TỈNH NGHỆ AN",
                "HUYỆN ỦY NAM ĐÀN",
                "Số 310-BC/HU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Nam Đàn, ngày 15 tháng 12 năm 2023",
                "BÁO CÁO",
                "kết quả thực hiện công tác dân vận năm 2023",
                "Các đảng ủy xã đã ban hành kế hoạch thực hiện Kế hoạch số 41-KH/HU ngày 10/3/2023 của Ban Thường vụ Huyện ủy¹.",
                "¹ Kế hoạch số 27-KH/ĐU ngày 20/3/2023 của Đảng ủy xã Nam Giang; Kế hoạch số 27-KH/ĐU ngày 24/3/2023 của Đảng ủy xã Kim Liên; Kế hoạch số 30-KH/ĐU ngày 22/3/2023 của Đảng ủy xã Hùng Tiến."))
        {
            Documents =
            [
                Doc("41-KH/HU", "Kế hoạch", "2023-03-10", District, "Nam Đàn", "Huyện ủy"),
                Doc("27-KH/ĐU", "Kế hoạch", "2023-03-20", Commune, "Nam Giang", "Đảng ủy xã Nam Giang"),
                Doc("27-KH/ĐU", "Kế hoạch", "2023-03-24", Commune, "Kim Liên", "Đảng ủy xã Kim Liên"),
                Doc("30-KH/ĐU", "Kế hoạch", "2023-03-22", Commune, "Hùng Tiến", "Đảng ủy xã Hùng Tiến"),
            ],
            ExactRelations = false,
        };

        yield return new("one_plan_cited_with_and_without_its_commune_stays_one",
            Lines(
                "ĐẢNG BỘ HUYỆN NAM ĐÀN",
                "ĐẢNG ỦY XÃ NAM GIANG",
                "Số 52-BC/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Nam Giang, ngày 18 tháng 12 năm 2023",
                "BÁO CÁO",
                "kết quả thực hiện công tác dân vận năm 2023",
                "Đảng ủy xã ban hành Kế hoạch số 27-KH/ĐU ngày 20/3/2023 của Đảng ủy xã Nam Giang về công tác dân vận năm 2023.",
                "Qua một năm thực hiện Kế hoạch số 27-KH/ĐU ngày 20/3/2023 của Đảng ủy xã, các chi bộ đã làm tốt công tác vận động nhân dân."))
        {
            Documents = [Doc("27-KH/ĐU", "Kế hoạch", "2023-03-20", Commune, "Nam Giang", "Đảng ủy xã Nam Giang", mentions: 2)],
            ExactRelations = false,
        };

        yield return new("btv_tinh_uy_abbreviation_takes_the_province_of_the_report",
            Lines(
                CamXuyenHeader("214-BC/HU", "ngày 12 tháng 9 năm 2022"),
                "BÁO CÁO",
                "kết quả công tác dân vận 9 tháng đầu năm 2022",
                "Thực hiện Kế hoạch số 26-KH/TU ngày 14/4/2021 của BTV Tỉnh ủy về công tác dân vận năm 2021, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 58-KH/HU ngày 28/4/2021 để triển khai trên địa bàn huyện."))
        {
            Documents =
            [
                Doc("26-KH/TU", "Kế hoạch", "2021-04-14", Province, "Hà Tĩnh", "Ban Thường vụ Tỉnh ủy"),
                Doc("58-KH/HU", "Kế hoạch", "2021-04-28", District, "Cẩm Xuyên", "Huyện ủy"),
            ],
            Relations = [Rel("58-KH/HU", Implements, "26-KH/TU")],
        };

        yield return new("ubnd_tinh_abbreviation_takes_the_province_of_the_report",
            Lines(
                MyXuyenStateHeader("Số: 215/BC-UBND", "Mỹ Xuyên, ngày 20 tháng 10 năm 2022"),
                "BÁO CÁO",
                "Kết quả thực hiện công tác dân vận chính quyền năm 2022",
                "Mỹ Xuyên là huyện ven biển của tỉnh Sóc Trăng, có 11 xã, thị trấn.",
                "Ủy ban nhân dân huyện đã tổ chức triển khai Kế hoạch số 74/KH-UBND ngày 15/3/2022 của UBND tỉnh về thực hiện công tác dân vận chính quyền năm 2022 đến các cơ quan, đơn vị."))
        {
            Own = new(Type: "Báo cáo", Symbol: "215/BC-UBND", Date: "2022-10-20", Level: District, Locality: "Mỹ Xuyên", Issuer: "Ủy ban nhân dân huyện Mỹ Xuyên"),
            Documents = [Doc("74/KH-UBND", "Kế hoạch", "2022-03-15", Province, "Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng")],
            ExactRelations = false,
        };

        yield return new("commune_report_places_its_own_and_the_district_symbols",
            Lines(
                "ĐẢNG BỘ HUYỆN TAM NÔNG",
                "ĐẢNG ỦY XÃ PHÚ CƯỜNG",
                "Số 45-BC/ĐU",
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Phú Cường, ngày 25 tháng 11 năm 2022",
                "BÁO CÁO",
                "kết quả thực hiện công tác dân vận năm 2022",
                "Thực hiện Kế hoạch số 56-KH/HU ngày 20/4/2022 của Ban Thường vụ Huyện ủy, Đảng ủy xã ban hành Kế hoạch số 20-KH/ĐU ngày 10/5/2022 về thực hiện công tác dân vận năm 2022."))
        {
            Own = new(Type: "Báo cáo", Symbol: "45-BC/ĐU", Date: "2022-11-25", Level: Commune, Locality: "Phú Cường", Issuer: "Đảng ủy xã Phú Cường"),
            Documents =
            [
                Doc("56-KH/HU", "Kế hoạch", "2022-04-20", District, "Tam Nông", "Huyện ủy"),
                Doc("20-KH/ĐU", "Kế hoạch", "2022-05-10", Commune, "Phú Cường", "Đảng ủy xã Phú Cường"),
            ],
            Relations = [Rel("20-KH/ĐU", Implements, "56-KH/HU")],
        };

        // a UBND plan named without its issuer is placed at the report's own level by its code; one that the
        // commune's own plan carries out was issued a level above, by the district the header names
        yield return new("ubnd_plan_a_commune_carries_out_is_the_districts",
            Lines(
                "UBND HUYỆN TAM NÔNG",
                "ỦY BAN NHÂN DÂN XÃ PHÚ CƯỜNG",
                "Số: 112/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Phú Cường, ngày 25 tháng 11 năm 2022",
                "BÁO CÁO",
                "kết quả thực hiện công tác dân vận chính quyền năm 2022",
                "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ và Kế hoạch số 48/KH-UBND ngày 02/3/2022, Ủy ban nhân dân xã ban hành Kế hoạch số 21/KH-UBND ngày 15/3/2022.",
                "Năm 2023, xã tiếp tục rà soát các nội dung của Kế hoạch số 21/KH-UBND."))
        {
            Own = new(Type: "Báo cáo", Symbol: "112/BC-UBND", Date: "2022-11-25", Level: Commune, Locality: "Phú Cường"),
            Documents =
            [
                Doc("33/CT-TTg", "Chỉ thị", "2021-11-26", Central),
                Doc("48/KH-UBND", "Kế hoạch", "2022-03-02", District, "Tam Nông"),
                Doc("21/KH-UBND", "Kế hoạch", "2022-03-15", Commune, "Phú Cường", mentions: 2),
            ],
            ExactRelations = false,
        };

        // near miss: the plan carried out names its issuer, the commune itself, and stays where the text puts it
        yield return new("ubnd_plan_a_commune_carries_out_stays_the_communes_when_the_text_says_so",
            Lines(
                "UBND HUYỆN TAM NÔNG",
                "ỦY BAN NHÂN DÂN XÃ PHÚ CƯỜNG",
                "Số: 118/BC-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Phú Cường, ngày 28 tháng 11 năm 2022",
                "BÁO CÁO",
                "kết quả thực hiện quy chế dân chủ năm 2022",
                "Thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2022 của Ủy ban nhân dân xã Phú Cường, Ủy ban nhân dân xã ban hành Kế hoạch số 30/KH-UBND ngày 20/4/2022."))
        {
            Documents =
            [
                Doc("05/KH-UBND", "Kế hoạch", "2022-01-10", Commune, "Phú Cường"),
                Doc("30/KH-UBND", "Kế hoạch", "2022-04-20", Commune, "Phú Cường"),
            ],
            Relations = [Rel("30/KH-UBND", Implements, "05/KH-UBND")],
        };

        yield return new("quan_uy_of_hai_phong_is_district_level", HaiPhongText)
        {
            Own = new(Type: "Báo cáo", Symbol: "210-BC/QU", Date: "2023-09-20", Level: District, Locality: "Lê Chân", Issuer: "Quận ủy Lê Chân"),
            Documents =
            [
                Doc("22-CTr/TU", "Chương trình", "2021-06-15"),
                Doc("30-KH/QU", "Kế hoạch", "2021-07-05", District, "Lê Chân", "Quận ủy Lê Chân"),
            ],
            Relations = [Rel("30-KH/QU", Implements, "22-CTr/TU")],
        };

        yield return new("thanh_uy_of_a_centrally_run_city_is_province_level", HaiPhongText)
        {
            Documents =
            [
                Doc("22-CTr/TU", "Chương trình", "2021-06-15", Province, "Hải Phòng", "Thành ủy Hải Phòng"),
                Doc("30-KH/QU"),
            ],
            ExactRelations = false,
        };

        yield return new("thanh_uy_of_a_provincial_city_named_after_the_symbol_is_district_level",
            Lines(
                BaoLocHeader,
                "Kế hoạch số 15-KH/TU ngày 25/6/2021 của Ban Thường vụ Thành ủy về thực hiện công tác dân vận chính quyền được triển khai đến các chi, đảng bộ trực thuộc."))
        {
            Own = new(Type: "Báo cáo", Symbol: "88-BC/TU", Date: "2022-12-12", Level: District, Locality: "Bảo Lộc", Issuer: "Thành ủy Bảo Lộc"),
            Documents = [Doc("15-KH/TU", "Kế hoạch", "2021-06-25", District, "Bảo Lộc", "Thành ủy Bảo Lộc")],
        };

        yield return new("thanh_uy_of_a_provincial_city_as_subject_and_tinh_uy_share_the_tu_code",
            Lines(
                BaoLocHeader,
                "Thực hiện Kế hoạch số 62-KH/TU ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy Lâm Đồng, Ban Thường vụ Thành ủy ban hành Kế hoạch số 15-KH/TU ngày 25/6/2021 để triển khai trên địa bàn thành phố."))
        {
            Documents =
            [
                Doc("62-KH/TU", "Kế hoạch", "2021-06-10", Province, "Lâm Đồng", "Tỉnh ủy Lâm Đồng"),
                Doc("15-KH/TU", "Kế hoạch", "2021-06-25", District, "Bảo Lộc", "Thành ủy Bảo Lộc"),
            ],
            Relations = [Rel("15-KH/TU", Implements, "62-KH/TU")],
        };

        yield return new("party_committee_of_the_provincial_police",
            "Chương trình số 92-CTr/ĐUCA ngày 18/5/2022 của Đảng ủy Công an tỉnh Nghệ An về công tác dân vận trong lực lượng Công an tỉnh giai đoạn 2022-2025.")
        {
            Documents =
            [
                Doc("92-CTr/ĐUCA", "Chương trình", "2022-05-18", Agency, "Nghệ An", "Đảng ủy Công an tỉnh Nghệ An",
                    "công tác dân vận trong lực lượng Công an tỉnh giai đoạn 2022-2025"),
            ],
        };

        yield return new("joint_programme_of_ban_dan_van_and_city_police_coordinates",
            "Ban Dân vận Thành ủy và Công an thành phố Hải Phòng đã ký kết Chương trình phối hợp số 65-CTr/BDVTU-CATP ngày 20/3/2022 về phối hợp thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư trong lực lượng Công an thành phố.")
        {
            Documents =
            [
                Doc("65-CTr/BDVTU-CATP", "Chương trình", "2022-03-20", Agency, "Hải Phòng"),
                Doc("43-KL/TW", "Kết luận", "2019-01-07", Central, issuer: "Ban Bí thư"),
            ],
            Relations = [Rel("65-CTr/BDVTU-CATP", Coordinates, "43-KL/TW")],
        };

        yield return new("joint_plan_of_khoi_dan_van_and_commune_ubnd",
            "Khối Dân vận xã Phú Thành A và UBND xã ban hành Kế hoạch số 04-KH/KDV-UBND ngày 15/01/2023 về tổ chức phong trào thi đua “Dân vận khéo” năm 2023.")
        {
            Documents = [Doc("04-KH/KDV-UBND", "Kế hoạch", "2023-01-15", Commune, "Phú Thành A")],
        };

        yield return new("state_body_named_as_subject_before_its_plan",
            "Ủy ban nhân dân tỉnh Sóc Trăng ban hành Kế hoạch số 74/KH-UBND ngày 15/3/2022 triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ trên địa bàn tỉnh.")
        {
            Documents =
            [
                Doc("74/KH-UBND", "Kế hoạch", "2022-03-15", Province, "Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng"),
                Doc("33/CT-TTg", "Chỉ thị", "2021-11-26", Central, issuer: "Thủ tướng Chính phủ"),
            ],
            Relations = [Rel("74/KH-UBND", Implements, "33/CT-TTg")],
        };

        yield return new("ubnd_plans_of_province_and_district_in_one_sentence",
            "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ và Kế hoạch số 74/KH-UBND ngày 15/3/2022 của UBND tỉnh Sóc Trăng, UBND huyện Mỹ Xuyên ban hành Kế hoạch số 102/KH-UBND ngày 28/3/2022 triển khai trên địa bàn huyện.")
        {
            Documents =
            [
                Doc("33/CT-TTg", "Chỉ thị", "2021-11-26", Central),
                Doc("74/KH-UBND", "Kế hoạch", "2022-03-15", Province, "Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng"),
                Doc("102/KH-UBND", "Kế hoạch", "2022-03-28", District, "Mỹ Xuyên", "Ủy ban nhân dân huyện Mỹ Xuyên"),
            ],
            Relations = [Rel("102/KH-UBND", Implements, "33/CT-TTg"), Rel("102/KH-UBND", Implements, "74/KH-UBND")],
        };

        yield return new("executive_committee_of_the_provincial_party_organisation",
            "Nghị quyết số 12-NQ/TU ngày 28/11/2022 của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh về nâng cao hiệu quả công tác dân vận trong tình hình mới.")
        {
            Documents =
            [
                Doc("12-NQ/TU", "Nghị quyết", "2022-11-28", Province, "Quảng Ninh", "Ban Chấp hành Đảng bộ tỉnh Quảng Ninh",
                    "nâng cao hiệu quả công tác dân vận trong tình hình mới"),
            ],
        };

        yield return new("tinh_uy_named_in_the_text_places_a_bare_btv_tinh_uy", GuidanceText)
        {
            Documents =
            [
                Doc("05-HD/BDVTU", "Hướng dẫn", "2022-05-20", Agency, "Hà Tĩnh"),
                Doc("07-QC/TU", "Quy chế", "2022-05-12", Province, "Hà Tĩnh", "Ban Thường vụ Tỉnh ủy"),
            ],
            ExactRelations = false,
        };

        yield return new("thi_uy_of_a_town_is_district_level",
            "Kế hoạch số 45-KH/TU ngày 10/5/2022 của Ban Thường vụ Thị ủy Kỳ Anh về thực hiện công tác dân vận chính quyền trên địa bàn thị xã.")
        {
            Documents = [Doc("45-KH/TU", "Kế hoạch", "2022-05-10", District, "Kỳ Anh", "Thị ủy Kỳ Anh")],
        };

        yield return new("ubnd_of_a_centrally_run_city_is_province_level",
            "Kế hoạch số 120/KH-UBND ngày 10/5/2022 của UBND thành phố Hải Phòng về công tác dân vận chính quyền năm 2022 được triển khai đến các quận, huyện.")
        {
            Documents = [Doc("120/KH-UBND", "Kế hoạch", "2022-05-10", Province, "Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng")],
        };

        yield return new("provincial_council_resolution_with_year_in_symbol",
            "Nghị quyết số 15/2022/NQ-HĐND ngày 20/7/2022 của HĐND tỉnh Nghệ An về chính sách hỗ trợ cán bộ Mặt trận ở thôn, xóm.")
        {
            Documents =
            [
                Doc("15/2022/NQ-HĐND", "Nghị quyết", "2022-07-20", Province, "Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An",
                    "chính sách hỗ trợ cán bộ Mặt trận ở thôn, xóm"),
            ],
        };

        yield return new("provincial_department_is_an_agency",
            "Kế hoạch số 120/KH-SNV ngày 05/4/2022 của Sở Nội vụ tỉnh Quảng Ninh về kiểm tra công tác dân vận chính quyền.")
        {
            Documents = [Doc("120/KH-SNV", "Kế hoạch", "2022-04-05", Agency, "Quảng Ninh", "Sở Nội vụ tỉnh Quảng Ninh")],
        };

        yield return new("a_unit_word_written_with_a_capital_still_names_the_level",
            "Thực hiện Kế hoạch số 15/KH-UBND ngày 02/3/2021 của UBND Huyện Như Xuân và Kế hoạch số 09/KH-UBND ngày 04/3/2021 của Ủy ban nhân dân Xã Xuân Bình.")
        {
            Documents =
            [
                Doc("15/KH-UBND", "Kế hoạch", "2021-03-02", District, "Như Xuân", "Ủy ban nhân dân huyện Như Xuân"),
                Doc("09/KH-UBND", "Kế hoạch", "2021-03-04", Commune, "Xuân Bình", "Ủy ban nhân dân xã Xuân Bình"),
            ],
            ExactRelations = false,
        };

        yield return new("a_district_committee_keeps_its_capital",
            "Thực hiện Kế hoạch số 40-KH/HU ngày 02/3/2021 của Huyện ủy Như Xuân.")
        {
            Documents = [Doc("40-KH/HU", "Kế hoạch", "2021-03-02", District, "Như Xuân", "Huyện ủy Như Xuân")],
            ExactRelations = false,
        };

        yield return new("the_ethnic_affairs_committee_is_central",
            "Căn cứ Thông tư liên tịch số 07/2014/TTLT-UBDT-BNV ngày 10/12/2014 của Ủy ban Dân tộc và Bộ Nội vụ; Hướng dẫn số 12/HD-BDT ngày 3/3/2015 của Ban Dân tộc tỉnh.")
        {
            Documents =
            [
                Doc("07/2014/TTLT-UBDT-BNV", "Thông tư", "2014-12-10", Central, issuer: "Ủy ban Dân tộc"),
                Doc("12/HD-BDT", "Hướng dẫn", "2015-03-03", Agency, issuer: "Ban Dân tộc"),
            ],
            ExactRelations = false,
        };
    }

    private static string HaiPhongText => Lines(
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "QUẬN ỦY LÊ CHÂN",
        "Số 210-BC/QU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Lê Chân, ngày 20 tháng 9 năm 2023",
        "BÁO CÁO",
        "kết quả công tác dân vận 9 tháng đầu năm 2023",
        "Thực hiện Chương trình hành động số 22-CTr/TU ngày 15/6/2021 của Ban Thường vụ Thành ủy Hải Phòng, Ban Thường vụ Quận ủy ban hành Kế hoạch số 30-KH/QU ngày 05/7/2021 để triển khai trên địa bàn quận.");

    private static string BaoLocHeader => Lines(
        "ĐẢNG BỘ TỈNH LÂM ĐỒNG",
        "THÀNH ỦY BẢO LỘC",
        "Số 88-BC/TU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bảo Lộc, ngày 12 tháng 12 năm 2022",
        "BÁO CÁO",
        "kết quả công tác dân vận năm 2022");
}
