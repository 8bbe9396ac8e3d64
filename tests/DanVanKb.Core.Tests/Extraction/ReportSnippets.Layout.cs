using static DanVanKb.Core.Model.Level;
using static DanVanKb.Core.Model.RelationType;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>What converted text looks like: footnotes, appendix tables, page breaks cutting sentences,
/// Markdown emphasis, NFD accents, the Latin Ð typed for Đ, CRLF line ends.</summary>
internal static partial class ReportSnippets
{
    private static IEnumerable<ExtractorSpec> Layout()
    {
        yield return new("a_plan_that_opens_by_assessing_the_plan_before_it_reviews_it",
            Lines(
                "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                "Số: 52/KH-UBND",
                "Cần Thơ, ngày 11 tháng 7 năm 2016",
                "KẾ HOẠCH",
                "Phát triển chợ giai đoạn 2016 - 2020",
                "Ủy ban nhân dân thành phố ban hành Kế hoạch phát triển chợ giai đoạn 2016 - 2020 như sau:",
                "I. Đánh giá tình hình thực hiện Kế hoạch số 21/KH-UBND ngày 18 tháng 3 năm 2011 của Ủy ban nhân dân thành phố về phát triển chợ giai đoạn 2011 - 2015:",
                "1. Kết quả đạt được",
                "Qua năm năm triển khai, nhiều chợ được xây dựng mới."))
        {
            Own = new(Type: "Kế hoạch", Symbol: "52/KH-UBND"),
            Documents = [Doc("21/KH-UBND", "Kế hoạch", "2011-03-18")],
            Relations = [Rel(Self, Reviews, "21/KH-UBND")],
        };

        // a guidance's "Đánh giá …" heading tells its readers what to assess: it reviews nothing itself
        yield return new("a_guidance_asking_to_assess_a_plan_does_not_review_it",
            Lines(
                "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                "Số: 52/HD-UBND",
                "Cần Thơ, ngày 11 tháng 7 năm 2016",
                "HƯỚNG DẪN",
                "Xây dựng kế hoạch phát triển chợ giai đoạn 2016 - 2020",
                "Các quận, huyện xây dựng kế hoạch như sau:",
                "I. Đánh giá tình hình thực hiện Kế hoạch số 21/KH-UBND ngày 18 tháng 3 năm 2011 của Ủy ban nhân dân thành phố về phát triển chợ giai đoạn 2011 - 2015:",
                "1. Kết quả đạt được",
                "Nêu rõ số chợ được xây dựng mới."))
        {
            Own = new(Type: "Hướng dẫn", Symbol: "52/HD-UBND"),
            Documents = [Doc("21/KH-UBND", "Kế hoạch", "2011-03-18")],
        };

        yield return new("a_preamble_wrapped_after_giua_and_a_body_name_stays_one_paragraph",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH TRÀ VINH",
                "Số: 19/KH-UBND",
                "Trà Vinh, ngày 06 tháng 4 năm 2020",
                "KẾ HOẠCH",
                "THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2020",
                "Thực hiện Quy chế phối hợp số 01-QCPH/UBND-BDVTU ngày 29/5/2015 giữa",
                "Ban Dân vận Tỉnh ủy với Ủy ban nhân dân tỉnh về thực hiện",
                "công tác dân vận; Chương trình phối hợp số",
                "161-CTr/BCSĐUBND-BDVTU ngày 28/12/2016 giữa Ban cán sự đảng",
                "Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận, Ủy ban nhân dân tỉnh Trà Vinh ban hành Kế hoạch",
                "như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU"))
        {
            Own = new(Type: "Kế hoạch", Symbol: "19/KH-UBND", Date: "2020-04-06"),
            Documents = [Doc("01-QCPH/UBND-BDVTU", "Quy chế", "2015-05-29"), Doc("161-CTr/BCSĐUBND-BDVTU", "Chương trình", "2016-12-28")],
            Relations = [Rel(Self, Implements, "01-QCPH/UBND-BDVTU"), Rel(Self, Implements, "161-CTr/BCSĐUBND-BDVTU")],
        };

        yield return new("a_basis_wrapped_between_tinh_and_the_province_name_leaves_the_next_lead_in_in_the_preamble",
            Lines(
                "ỦY BAN NHÂN DÂN",
                "TỈNH BẠC LIÊU",
                "Số: 88/KH-UBND",
                "Bạc Liêu, ngày 20 tháng 9 năm 2022",
                "KẾ HOẠCH",
                "RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2022",
                "Căn cứ Quyết định số 1520/QĐ-UBND ngày 12/5/2021 của Chủ tịch Ủy ban nhân dân tỉnh về việc",
                "thành lập Ban Chỉ đạo giảm nghèo giai đoạn 2021 - 2025, tỉnh",
                "Bạc Liêu;",
                "Thực hiện Công văn số",
                "215/LĐTBXH-VPQ ngày 03/3/2022 của Bộ Lao động - Thương binh và Xã hội."))
        {
            Own = new(Type: "Kế hoạch", Symbol: "88/KH-UBND", Date: "2022-09-20", Level: Province, Locality: "Bạc Liêu"),
            Documents = [Doc("1520/QĐ-UBND", "Quyết định", "2021-05-12", Province, "Bạc Liêu"), Doc("215/LĐTBXH-VPQ", "Công văn", "2022-03-03", Central)],
            Relations = [Rel(Self, BasedOn, "1520/QĐ-UBND"), Rel(Self, Implements, "215/LĐTBXH-VPQ")],
        };

        yield return new("footnote_lists_the_plans_that_implement_the_resolution",
            Lines(
                "Đảng bộ huyện Tam Nông có 32 tổ chức cơ sở đảng. Ban Thường vụ Huyện ủy đã ban hành 03 kế hoạch thực hiện Nghị quyết số 25-NQ/TW¹.",
                "¹ Kế hoạch số 18-KH/HU ngày 12/8/2013; Kế hoạch số 52-KH/HU ngày 20/3/2016; Kế hoạch số 97-KH/HU ngày 05/01/2021."))
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("18-KH/HU", "Kế hoạch", "2013-08-12", District, "Tam Nông"),
                Doc("52-KH/HU", "Kế hoạch", "2016-03-20", District, "Tam Nông"),
                Doc("97-KH/HU", "Kế hoạch", "2021-01-05", District, "Tam Nông"),
            ],
            Relations =
            [
                Rel("18-KH/HU", Implements, "25-NQ/TW"),
                Rel("52-KH/HU", Implements, "25-NQ/TW"),
                Rel("97-KH/HU", Implements, "25-NQ/TW"),
            ],
        };

        yield return new("caret_footnote_items_name_their_own_communes",
            Lines(
                "Các đảng ủy xã trên địa bàn huyện Tam Nông đã xây dựng kế hoạch triển khai thực hiện Chỉ thị số 05-CT/TW^[3] của Bộ Chính trị.",
                "^[3] Đảng ủy xã Phú Cường: Kế hoạch số 12-KH/ĐU ngày 20/7/2016; Đảng ủy xã Phú Thành A: Kế hoạch số 15-KH/ĐU ngày 22/7/2016."))
        {
            Documents =
            [
                Doc("05-CT/TW", "Chỉ thị", level: Central, issuer: "Bộ Chính trị"),
                Doc("12-KH/ĐU", "Kế hoạch", "2016-07-20", Commune, "Phú Cường", "Đảng ủy xã Phú Cường"),
                Doc("15-KH/ĐU", "Kế hoạch", "2016-07-22", Commune, "Phú Thành A", "Đảng ủy xã Phú Thành A"),
            ],
            Relations = [Rel("12-KH/ĐU", Implements, "05-CT/TW"), Rel("15-KH/ĐU", Implements, "05-CT/TW")],
        };

        yield return new("appendix_table_issuer_column_sets_the_issuer",
            Lines(
                "PHỤ LỤC",
                "Văn bản lãnh đạo, chỉ đạo công tác dân vận của huyện Cẩm Xuyên",
                Row("TT", "Văn bản", "Số, ngày", "Nội dung", "Cơ quan ban hành"),
                Row("1", "Kế hoạch", "45-KH/HU, ngày 10/3/2014", "Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI", "Ban Thường vụ Huyện ủy"),
                Row("2", "Kế hoạch", "40/KH-UBND, ngày 15/3/2014", "Triển khai thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy", "UBND huyện"),
                Row("3", "Hướng dẫn", "02-HD/BDVHU, ngày 20/3/2014", "Hướng dẫn thực hiện Kế hoạch số 45-KH/HU", "Ban Dân vận Huyện ủy")))
        {
            Documents =
            [
                Doc("45-KH/HU", "Kế hoạch", "2014-03-10", District, "Cẩm Xuyên", "Ban Thường vụ Huyện ủy"),
                Doc("40/KH-UBND", "Kế hoạch", "2014-03-15", District, "Cẩm Xuyên", "Ủy ban nhân dân huyện"),
                Doc("02-HD/BDVHU", "Hướng dẫn", "2014-03-20", Agency, "Cẩm Xuyên", "Ban Dân vận Huyện ủy"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central, issuer: "Ban Chấp hành Trung ương"),
            ],
            Relations =
            [
                Rel("45-KH/HU", Implements, "25-NQ/TW"),
                Rel("40/KH-UBND", Implements, "45-KH/HU"),
                Rel("02-HD/BDVHU", Guides, "45-KH/HU"),
            ],
        };

        yield return new("page_break_cuts_a_sentence_with_a_footnote_between_the_halves",
            Lines(
                "Đảng bộ huyện Đức Trọng có 54 tổ chức cơ sở đảng. Ban Thường vụ Huyện ủy ban hành Kế hoạch số 98-KH/HU ngày 25/6/2021¹ về triển khai thực hiện Nghị",
                "¹ Hướng dẫn số 05-HD/BDVTU ngày 15/6/2021 của Ban Dân vận Tỉnh ủy Lâm Đồng.",
                "quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI trên địa bàn huyện."))
        {
            Documents =
            [
                Doc("98-KH/HU", "Kế hoạch", "2021-06-25", District, "Đức Trọng"),
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, issuer: "Ban Chấp hành Trung ương"),
                Doc("05-HD/BDVTU", "Hướng dẫn", "2021-06-15", Agency, "Lâm Đồng", "Ban Dân vận Tỉnh ủy Lâm Đồng"),
            ],
            Relations = [Rel("98-KH/HU", Implements, "25-NQ/TW")],
        };

        yield return new("page_break_between_the_symbol_and_its_date",
            Lines(
                "Đảng bộ huyện Đức Trọng có 54 tổ chức cơ sở đảng. Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 98-KH/HU",
                "² Hướng dẫn số 05-HD/BDVTU ngày 15/6/2021 của Ban Dân vận Tỉnh ủy Lâm Đồng.",
                "ngày 25/6/2021 về triển khai thực hiện Nghị quyết số 25-NQ/TW trên địa bàn huyện."))
        {
            Documents =
            [
                Doc("98-KH/HU", "Kế hoạch", "2021-06-25", District, "Đức Trọng"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
                Doc("05-HD/BDVTU", "Hướng dẫn", "2021-06-15", Agency, "Lâm Đồng"),
            ],
            Relations = [Rel("98-KH/HU", Implements, "25-NQ/TW")],
        };

        yield return new("page_break_cuts_a_word_in_two",
            Lines(
                "Đảng bộ huyện Đức Trọng có 54 tổ chức cơ sở đảng. Ban Thường vụ Huyện ủy ban hành Kế hoạch số 98-KH/HU ngày 25/6/2021 về triển khai thực hi",
                "³ Hướng dẫn số 05-HD/BDVTU ngày 15/6/2021 của Ban Dân vận Tỉnh ủy Lâm Đồng.",
                "ện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI trên địa bàn huyện."))
        {
            Documents =
            [
                Doc("98-KH/HU", "Kế hoạch", "2021-06-25", District, "Đức Trọng"),
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central),
                Doc("05-HD/BDVTU", "Hướng dẫn", "2021-06-15", Agency, "Lâm Đồng"),
            ],
            Relations = [Rel("98-KH/HU", Implements, "25-NQ/TW")],
        };

        yield return new("markdown_emphasis_around_citations",
            Lines(
                "**2. Việc ban hành văn bản lãnh đạo, chỉ đạo**",
                "Ban Thường vụ Huyện ủy ban hành *Kế hoạch số 45-KH/HU ngày 20/8/2013* về thực hiện *Nghị quyết số 25-NQ/TW* trên địa bàn huyện Nam Đàn."))
        {
            Documents =
            [
                Doc("45-KH/HU", "Kế hoạch", "2013-08-20", District, "Nam Đàn"),
                Doc("25-NQ/TW", "Nghị quyết", level: Central),
            ],
            Relations = [Rel("45-KH/HU", Implements, "25-NQ/TW")],
        };

        yield return new("nfd_decomposed_text_reads_like_composed_text", Nfd(ShortReferencesText))
        {
            Documents =
            [
                Doc("25-NQ/TW", "Nghị quyết", "2013-06-03", Central, issuer: "Ban Chấp hành Trung ương", mentions: 2),
                Doc("45-KH/HU", "Kế hoạch", "2013-08-12", District, "Tam Nông", mentions: 2),
            ],
            Relations = [Rel("45-KH/HU", Implements, "25-NQ/TW")],
            ShortReferencesResolve = true,
        };

        yield return NamDanReport("nfd_decomposed_report_header_reads_like_composed_text", Nfd(NamDanText));

        yield return NamDanReport("crlf_line_ends_read_like_lf", Crlf(NamDanText));

        yield return new("latin_eth_typed_for_d_stroke_is_normalized",
            LatinEth("Chương trình số 92-CTr/ĐUCA ngày 18/5/2022 của Đảng ủy Công an tỉnh Nghệ An về công tác dân vận trong lực lượng Công an tỉnh; Quyết định số 1814/QĐ-UBND ngày 20/5/2021 của UBND tỉnh Nghệ An về kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở."))
        {
            Documents =
            [
                Doc("92-CTr/ĐUCA", "Chương trình", "2022-05-18", Agency, "Nghệ An", "Đảng ủy Công an tỉnh Nghệ An"),
                Doc("1814/QĐ-UBND", "Quyết định", "2021-05-20", Province, "Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
            ],
        };
    }
}
