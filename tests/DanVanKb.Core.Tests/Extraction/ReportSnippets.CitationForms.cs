using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>How one citation is written: its pieces present, missing or reordered (domain.md, "How reports cite").</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> CitationForms()
    {
        yield return new("a_symbol_whose_letters_are_pasted_twice_keeps_its_date_and_issuer",
            "Tổ chức quán triệt và thực hiện nghiêm túc Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã.")
        {
            Documents = [Doc("37-NQ/TW", "Nghị quyết", "2018-12-24", Central, issuer: "Bộ Chính trị")],
            ExactRelations = false,
        };

        yield return new("letters_after_a_symbol_that_are_not_its_own_leave_the_citation_there",
            "Tổ chức quán triệt Nghị quyết số 37-NQ/TW NQ/TWX ngày 24/12/2018.")
        {
            Documents = [Doc("37-NQ/TW", "Nghị quyết", undated: true)],
            ExactRelations = false,
        };

        yield return new("an_early_government_symbol_and_an_older_issuing_verb_are_read",
            Lines(
                "Thực hiện Chỉ thị số 228-CT/TW ngày 3-1-1976 của Bộ Chính trị Về việc lãnh đạo cuộc tổng tuyển cử, ngày 28-1-1976 Ban Thường vụ Tỉnh uỷ lâm thời ra Chỉ thị số 01-CT/HT Về lãnh đạo cuộc tổng tuyển cử.",
                "Quán triệt Nghị quyết 61-CP ngày 5-4-1976 của Hội đồng Chính phủ và Quyết định 217-HĐBT ngày 14-11-1987 của Hội đồng Bộ trưởng, Tỉnh uỷ họp hội nghị."))
        {
            Documents =
            [
                Doc("228-CT/TW", "Chỉ thị", "1976-01-03", Central, issuer: "Bộ Chính trị"), Doc("01-CT/HT", "Chỉ thị", "1976-01-28"),
                Doc("61-CP", "Nghị quyết", "1976-04-05", Central), Doc("217-HĐBT", "Quyết định", "1987-11-14", Central, issuer: "Hội đồng Bộ trưởng"),
            ],
            ExactRelations = false,
            Relations = [Rel("01-CT/HT", Implements, "228-CT/TW")],
        };

        yield return new("a_date_glued_to_its_day_word_still_dates_the_citation",
            "Căn cứ Kế hoạch 25/HĐTĐKT ngày17/4/2009 của Hội đồng Thi đua - Khen thưởng Trung ương về việc tổ chức Đại hội thi đua các cấp; Công văn số 118/TANDTC-TĐKT ngày12 tháng 3 năm 2009 của Tòa án nhân dân tối cao.")
        {
            Documents =
            [
                Doc("25/HĐTĐKT", "Kế hoạch", "2009-04-17"),
                Doc("118/TANDTC-TĐKT", "Công văn", "2009-03-12", Central, issuer: "Tòa án nhân dân tối cao"),
            ],
            ExactRelations = false,
        };

        yield return new("a_number_glued_to_the_day_word_without_a_date_leaves_the_citation_undated",
            "Căn cứ Kế hoạch 25/HĐTĐKT ngày17 của Hội đồng Thi đua - Khen thưởng Trung ương.")
        {
            Documents = [Doc("25/HĐTĐKT", "Kế hoạch", undated: true)],
            ExactRelations = false,
        };

        yield return new("a_joint_circular_written_with_a_slash_after_its_type_and_with_a_hyphen_is_one_document",
            Lines(
                "- 1 Thông tư liên tịch 01/2005/TTLT-BTTUBTWMTTQVN-BNV hướng dẫn quy trình bầu Trưởng thôn",
                "Căn cứ Nghị định số 79/2003/NĐ-CP ngày 07/7/2003 của Chính phủ; Thông tư liên tịch số 01/2005/TTLT/BTTUBTWMTTQVN-BNV ngày 12/5/2005 của Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Bộ Nội vụ;"))
        {
            Documents = [Doc("01/2005/TTLT-BTTUBTWMTTQVN-BNV", "Thông tư", "2005-05-12", Central, mentions: 2), Doc("79/2003/NĐ-CP", "Nghị định", "2003-07-07", Central)],
            Relations = [Rel(Self, BasedOn, "01/2005/TTLT-BTTUBTWMTTQVN-BNV"), Rel(Self, BasedOn, "79/2003/NĐ-CP")],
        };

        yield return new("joint_documents_with_different_issuers_stay_two",
            "Căn cứ Thông tư liên tịch số 01/2005/TTLT/BTTUBTWMTTQVN-BNV ngày 12/5/2005 và Thông tư liên tịch số 01/2005/TTLT-UBDT-BTC ngày 10/01/2005.")
        {
            Documents = [Doc("01/2005/TTLT/BTTUBTWMTTQVN-BNV", "Thông tư", "2005-05-12"), Doc("01/2005/TTLT-UBDT-BTC", "Thông tư", "2005-01-10", Central)],
            Relations = [Rel(Self, BasedOn, "01/2005/TTLT/BTTUBTWMTTQVN-BNV"), Rel(Self, BasedOn, "01/2005/TTLT-UBDT-BTC")],
        };

        yield return new("a_date_before_an_inspection_of_a_plan_does_not_date_the_plan",
            "Ngày 05/6/2020, đoàn công tác đã kiểm tra Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy tại xã.")
        {
            Documents = [Doc("12-KH/HU", "Kế hoạch", undated: true)],
        };

        yield return new("full_party_citation_with_quoted_title",
            "Qua 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”, công tác dân vận trên địa bàn huyện Nam Đàn có nhiều chuyển biến tích cực.")
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, issuer: "Ban Chấp hành Trung ương",
                    title: "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
            ],
            // a text that opens "Qua 10 năm thực hiện …" tells what came of the resolution
            Relations = [Rel(Self, Reviews, "25-NQ/TW")],
        };

        yield return new("state_directive_with_ttcp_abbreviation_and_comma_before_date",
            "Các sở, ngành, địa phương tỉnh Sóc Trăng đã quán triệt Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của TTCP về tăng cường công tác dân vận trong tình hình mới.")
        {
            Documents =
            [
                Doc("33/CT-TTg", "Chỉ thị", "2021-11-26", Central, issuer: "Thủ tướng Chính phủ",
                    title: "tăng cường công tác dân vận trong tình hình mới"),
            ],
        };

        yield return new("date_in_words_with_doubled_ngay",
            "Kế hoạch số 35-KH/HU ngày ngày 06 tháng 01 năm 2021 của Ban Thường vụ Huyện ủy Cẩm Xuyên về tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới được triển khai đến các chi, đảng bộ.")
        {
            Documents = [Doc("35-KH/HU", "Kế hoạch", "2021-01-06", District, "Cẩm Xuyên", "Huyện ủy Cẩm Xuyên")],
        };

        yield return new("date_stated_before_the_document",
            "Đảng bộ huyện Đức Trọng có 54 tổ chức cơ sở đảng. Trên cơ sở đó, ngày 10/3/2022, UBND huyện Đức Trọng đã ban hành Kế hoạch số 40/KH-UBND về triển khai thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ.")
        {
            Documents =
            [
                Doc("40/KH-UBND", "Kế hoạch", "2022-03-10", District, "Đức Trọng", "Ủy ban nhân dân huyện Đức Trọng"),
                Doc("33/CT-TTg", "Chỉ thị", level: Central, issuer: "Thủ tướng Chính phủ"),
            ],
            Relations = [Rel("40/KH-UBND", Implements, "33/CT-TTg")],
        };

        yield return new("year_alone_after_the_symbol",
            "Ban Dân vận Huyện ủy tham mưu triển khai Kế hoạch số 12-KH/BDVHU năm 2019 về xây dựng mô hình “Dân vận khéo” trên địa bàn huyện Mỹ Xuyên.")
        {
            Documents =
            [
                Doc("12-KH/BDVHU", "Kế hoạch", "2019", Agency, "Mỹ Xuyên", "Ban Dân vận Huyện ủy",
                    "xây dựng mô hình “Dân vận khéo” trên địa bàn huyện Mỹ Xuyên"),
            ],
        };

        yield return new("title_after_v_v",
            "Công văn số 2480/UBND-NCPC ngày 14/9/2022 của UBND tỉnh Quảng Ninh v/v tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo.")
        {
            Documents =
            [
                Doc("2480/UBND-NCPC", "Công văn", "2022-09-14", Province, "Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh",
                    "tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo"),
            ],
        };

        yield return new("title_after_ve",
            "Hướng dẫn số 01-HD/BDVTU ngày 05/01/2022 của Ban Dân vận Tỉnh ủy Hà Tĩnh về tổ chức phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025.")
        {
            Documents =
            [
                Doc("01-HD/BDVTU", "Hướng dẫn", "2022-01-05", Agency, "Hà Tĩnh", "Ban Dân vận Tỉnh ủy Hà Tĩnh",
                    "tổ chức phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025"),
            ],
        };

        yield return new("legal_documents_with_the_year_inside_the_symbol",
            "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật được quán triệt đến 100% cán bộ, đảng viên.")
        {
            Documents =
            [
                Doc("10/2022/QH15", "Luật", "2022-11-10", Central, issuer: "Quốc hội"),
                Doc("59/2023/NĐ-CP", "Nghị định", "2023-08-14", Central, issuer: "Chính phủ"),
            ],
            ExactRelations = false,
        };

        yield return new("ordinance_and_prime_minister_decision_with_year",
            "Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về dân chủ ở xã, phường, thị trấn được tuyên truyền rộng rãi. Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính phủ về gửi, nhận văn bản điện tử được áp dụng trong các cơ quan.")
        {
            Documents =
            [
                Doc("34/2007/PL-UBTVQH11", "Pháp lệnh", "2007-04-20", Central, issuer: "Ủy ban Thường vụ Quốc hội"),
                Doc("28/2018/QĐ-TTg", "Quyết định", "2018-07-12", Central, issuer: "Thủ tướng Chính phủ"),
            ],
        };

        yield return new("party_decision_written_in_state_style",
            "Các cấp ủy thực hiện nghiêm Quyết định số 218/QĐ-TW ngày 12/12/2013 của Bộ Chính trị về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.")
        {
            Documents = [Doc("218-QĐ/TW", "Quyết định", "2013-12-12", Central, issuer: "Bộ Chính trị")],
        };

        yield return new("politburo_regulation_with_qdi_code",
            "Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân.")
        {
            Documents =
            [
                Doc("11-QĐi/TW", "Quy định", "2019-02-18", Central, issuer: "Bộ Chính trị",
                    title: "trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân"),
            ],
        };

        yield return new("state_letter_with_department_code_and_digit",
            "Văn bản số 3582/UBND-NC1 ngày 15/6/2022 của UBND tỉnh Hà Tĩnh về tăng cường công tác dân vận chính quyền.")
        {
            Documents =
            [
                Doc("3582/UBND-NC1", date: "2022-06-15", level: Province, locality: "Hà Tĩnh", issuer: "Ủy ban nhân dân tỉnh Hà Tĩnh",
                    title: "tăng cường công tác dân vận chính quyền"),
            ],
        };

        yield return new("symbol_slips_in_running_text",
            "Kế hoạch số 30/KH- UBND ngày 02/3/2022 của UBND huyện Tam Nông về công tác dân vận chính quyền năm 2022. Kế hoạch số 25-KH-ĐU ngày 10/3/2022 của Đảng ủy xã Phú Thành A về thực hiện Quy chế dân chủ ở cơ sở.")
        {
            Documents =
            [
                Doc("30/KH-UBND", "Kế hoạch", "2022-03-02", District, "Tam Nông", "Ủy ban nhân dân huyện Tam Nông"),
                Doc("25-KH/ĐU", "Kế hoạch", "2022-03-10", Commune, "Phú Thành A", "Đảng ủy xã Phú Thành A"),
            ],
        };

        yield return new("party_symbol_with_spaces_around_the_hyphen",
            "Kế hoạch số 89 - KH/TU ngày 12/4/2022 của Tỉnh ủy Sóc Trăng về nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể.")
        {
            Documents = [Doc("89-KH/TU", "Kế hoạch", "2022-04-12", Province, "Sóc Trăng", "Tỉnh ủy Sóc Trăng")],
        };

        yield return new("a_citation_with_its_bodys_level_after_the_symbol_keeps_the_date_after_it",
            "Căn cứ Kế hoạch số 09/KH-HĐND xã ngày 14/11/2023 của Thường trực HĐND xã Tân Hòa về tổ chức kỳ họp thứ tám, Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch tiếp xúc cử tri.")
        {
            Documents = [Doc("09/KH-HĐND", "Kế hoạch", "2023-11-14")],
            ExactRelations = false,
        };

        yield return new("a_level_word_after_a_symbol_with_no_date_after_it_gives_no_date",
            "Căn cứ Kế hoạch số 09/KH-HĐND xã Tân Hòa về tổ chức kỳ họp thứ tám ngày 14/11/2023, Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch tiếp xúc cử tri.")
        {
            Documents = [Doc("09/KH-HĐND", "Kế hoạch", undated: true)],
            ExactRelations = false,
        };

        yield return new("numbers_listed_before_a_symbol_share_its_letters_date_and_issuer",
            "Thực hiện các Nghị quyết số 05, 06 và 07-NQ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy Nghệ An, UBND huyện ban hành kế hoạch như sau:")
        {
            Documents =
            [
                Doc("05-NQ/TU", "Nghị quyết", "2021-03-12", Province, "Nghệ An"),
                Doc("06-NQ/TU", "Nghị quyết", "2021-03-12", Province, "Nghệ An"),
                Doc("07-NQ/TU", "Nghị quyết", "2021-03-12", Province, "Nghệ An"),
            ],
            Relations = [Rel(Self, Implements, "05-NQ/TU"), Rel(Self, Implements, "06-NQ/TU"), Rel(Self, Implements, "07-NQ/TU")],
        };

        yield return new("a_total_before_a_symbol_is_no_document",
            "Trong năm, tổng số 25 và 07-NQ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy Nghệ An được quán triệt.")
        {
            Documents = [Doc("07-NQ/TU", "Nghị quyết", "2021-03-12", Province, "Nghệ An")],
            ExactRelations = false,
        };

        // a telegram has no type of its own in the export's list: a document all the same, and an item of the list it stands in
        yield return new("a_telegram_is_a_document_that_a_lead_ins_list_goes_on_to",
            "Thực hiện Chỉ thị số 12/CT-UBND ngày 20/01/2022 của UBND tỉnh Nghệ An về phòng, chống thiên tai; Công điện số 05/CĐ-UBND ngày 24/01/2022 của Chủ tịch UBND tỉnh về ứng phó với bão số 1, UBND huyện ban hành kế hoạch như sau:")
        {
            Documents = [Doc("12/CT-UBND", "Chỉ thị", "2022-01-20", Province, "Nghệ An"), Doc("05/CĐ-UBND", "Văn bản", "2022-01-24", Province)],
            Relations = [Rel(Self, Implements, "12/CT-UBND"), Rel(Self, Implements, "05/CĐ-UBND")],
        };

        yield return new("telegrams_counted_without_a_number_are_no_document",
            "Năm 2022, UBND tỉnh đã ban hành 05 công điện và Chỉ thị số 12/CT-UBND ngày 20/01/2022 về phòng, chống thiên tai.")
        {
            Documents = [Doc("12/CT-UBND", "Chỉ thị", "2022-01-20")],
            ExactRelations = false,
        };
    }
}
