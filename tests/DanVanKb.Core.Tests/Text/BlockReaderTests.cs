using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class BlockReaderTests
{
    private static IReadOnlyList<Block> Read(string text) => BlockReader.Read(TextNormalizer.Normalize(text));

    [Fact]
    public void Rejoins_a_sentence_cut_by_a_page_break_across_the_page_footnotes()
    {
        var blocks = Read("Ban Thường vụ đã triển khai thực hiện Nghị\n\n¹ Kế hoạch số 12-KH/TU ngày 05/9/2013.\n\nquyết số 25-NQ/TW trên địa bàn.\n");
        Assert.Equal(2, blocks.Count);
        Assert.Equal("Ban Thường vụ đã triển khai thực hiện Nghị quyết số 25-NQ/TW trên địa bàn.", blocks[0].Text.Text);
        Assert.Equal(BlockKind.Footnote, blocks[1].Kind);
        Assert.Equal("1", blocks[1].FootnoteMarker);
    }

    [Fact]
    public void Continues_an_unfinished_footnote_before_the_next_page_body()
    {
        var text = string.Join("\n\n",
            "Đoạn văn thứ nhất đã kết thúc.",
            "³ Kế hoạch 58-KH/TU ngày 09/02/2017 về nâng",
            "Thân trang sau viết tiếp theo hướng dân",
            "cao năng lực lãnh đạo của các cấp ủy.",
            "chủ, minh bạch, công khai.");
        var blocks = Read(text);
        var note = Assert.Single(blocks, b => b.Kind == BlockKind.Footnote);
        Assert.Equal("Kế hoạch 58-KH/TU ngày 09/02/2017 về nâng cao năng lực lãnh đạo của các cấp ủy.", note.Text.Text);
        Assert.Contains(blocks, b => b.Text.Text == "Thân trang sau viết tiếp theo hướng dân chủ, minh bạch, công khai.");
    }

    [Fact]
    public void Does_not_join_a_heading_to_the_capitalised_paragraph_after_it()
    {
        var blocks = Read("1. Tình hình chung\n\nThành phố có 8 đơn vị hành chính.");
        Assert.Equal(2, blocks.Count);
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số\n07/2022/QĐ-TTg ngày 25 tháng 3 năm 2022;", "Căn cứ Quyết định số 07/2022/QĐ-TTg ngày 25 tháng 3 năm 2022;")]
    [InlineData("Căn cứ Nghị quyết số 24/2021/QH15 ngày 28 tháng\n7 năm 2021;", "Căn cứ Nghị quyết số 24/2021/QH15 ngày 28 tháng 7 năm 2021;")]
    [InlineData("Số:\n15/2023/QĐ-UBND", "Số: 15/2023/QĐ-UBND")]
    [InlineData("giai đoạn 2021\n- 2025;", "giai đoạn 2021 - 2025;")]
    [InlineData("ngày 16 tháng 4 năm 2009 của Thủ tướng\nChính phủ về việc ban hành Bộ tiêu chí;", "ngày 16 tháng 4 năm 2009 của Thủ tướng Chính phủ về việc ban hành Bộ tiêu chí;")]
    [InlineData("đề nghị các địa phương, đơn vị,\nMặt trận Tổ quốc, các đoàn thể tập trung tuyên truyền;", "đề nghị các địa phương, đơn vị, Mặt trận Tổ quốc, các đoàn thể tập trung tuyên truyền;")]
    [InlineData("Thực hiện chương trình công tác năm 2024 của BCH\nHuyện đoàn Đông Sơn khóa XXV;", "Thực hiện chương trình công tác năm 2024 của BCH Huyện đoàn Đông Sơn khóa XXV;")]
    [InlineData("Thực hiện Chỉ thị số 05/CT-VKSTC ngày 20/12/2023 của Viện trưởng về công tác của ngành\nKiểm sát nhân dân năm 2024;", "Thực hiện Chỉ thị số 05/CT-VKSTC ngày 20/12/2023 của Viện trưởng về công tác của ngành Kiểm sát nhân dân năm 2024;")]
    [InlineData("Thực hiện Chương trình hành động số 41-CTr/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Kon\nTum về thực hiện Chỉ thị số 05-CT/TW;", "Thực hiện Chương trình hành động số 41-CTr/TU, ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy Kon Tum về thực hiện Chỉ thị số 05-CT/TW;")]
    [InlineData("Ủy ban nhân dân tỉnh ban hành Kế hoạch phối hợp với Ủy ban nhân dân huyện Krông\nPắc, huyện Ea Kar triển khai mô hình;", "Ủy ban nhân dân tỉnh ban hành Kế hoạch phối hợp với Ủy ban nhân dân huyện Krông Pắc, huyện Ea Kar triển khai mô hình;")]
    public void Rejoins_a_line_a_pdf_cut_before_the_number_or_name_it_needs(string text, string joined)
    {
        var block = Assert.Single(Read(text));
        Assert.Equal(joined, block.Text.Text);
    }

    [Theory]
    [InlineData("Tổng số hộ nghèo năm\n- Hộ cận nghèo: 12 hộ.")]
    [InlineData("Kết quả thực hiện của\n1. Công tác tuyên truyền")]
    [InlineData("Đề nghị các cơ quan thực hiện.\nChính phủ đã ban hành.")]
    [InlineData("ỦY BAN NHÂN DÂN TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("Kính gửi: các phòng, ban,\n- Văn phòng HĐND và UBND huyện;")]
    [InlineData("Nơi nhận: Thường trực Huyện ủy,\nTHƯỜNG TRỰC HĐND HUYỆN")]
    [InlineData("2. Công tác kiện toàn BCH\nHuyện đoàn đã bầu bổ sung 02 ủy viên.")]
    [InlineData("UBND huyện Như Xuân\nNhư Xuân, ngày 10 tháng 3 năm 2024")]
    [InlineData("Công tác phối hợp giữa các ngành\nBan Thường vụ Huyện ủy đã chỉ đạo sát sao.")]
    [InlineData("Các cơ sở đảng đã tổ chức kiểm tra việc thực hiện tại Đảng ủy xã Tân Lập\nTuy nhiên, việc báo cáo còn chậm.")]
    [InlineData("Hội nghị quán triệt Chỉ thị số 18 của BCH Trung ương Đảng và Chỉ thị số 19 của Ban Thường vụ Huyện ủy Tây Giang\nSáng ngày 10/01/2023, Ban Thường trực tổ chức hội nghị.")]
    public void Keeps_apart_lines_that_start_a_new_item_or_follow_a_finished_one(string text)
    {
        Assert.Equal(2, Read(text).Count);
    }

    [Fact]
    public void Reads_a_header_row_flattened_with_pipes_as_a_table_row()
    {
        var block = Assert.Single(Read("Số: 04/2011/QĐ-UBND | Bình Thuận, ngày 08 tháng 3 năm 2011 |"));
        Assert.Equal(BlockKind.TableRow, block.Kind);
        Assert.Equal(["Số: 04/2011/QĐ-UBND", "Bình Thuận, ngày 08 tháng 3 năm 2011"], block.Cells.Select(c => c.Text).Where(c => c.Length > 0));
    }

    [Theory]
    [InlineData("¹ Kế hoạch số 1", "1")]
    [InlineData("¹³ Nghị quyết 25", "13")]
    [InlineData("²Hoạt động phòng chống dịch", "2")]
    [InlineData("^[6] Công văn số 12", "6")]
    public void Recognises_footnote_blocks_by_their_marker(string line, string marker)
    {
        var block = Assert.Single(Read(line));
        Assert.Equal(BlockKind.Footnote, block.Kind);
        Assert.Equal(marker, block.FootnoteMarker);
    }

    [Fact]
    public void Reads_tab_separated_rows_as_cells_and_drops_markdown_emphasis()
    {
        var blocks = Read("TT\tVăn bản\tSố, ngày\n1\tKế hoạch\t**Số 05-KH/ĐU**");
        Assert.All(blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
        Assert.Equal(["1", "Kế hoạch", "Số 05-KH/ĐU"], blocks[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Keeps_offsets_of_joined_text_pointing_into_the_original()
    {
        var raw = "thực hiện Nghị\n\nquyết số 25-NQ/TW.";
        var block = Assert.Single(Read(raw));
        var at = block.Text.Text.IndexOf("quyết", StringComparison.Ordinal);
        Assert.Equal(raw.IndexOf("quyết", StringComparison.Ordinal), block.Text.ToSource(at));
    }

    [Theory]
    [InlineData("Sóc Trăng;")]
    [InlineData("Bạc Liêu về việc kiện toàn Ban Chỉ đạo;")]
    [InlineData("Phú Tân,")]
    public void Joins_a_line_cut_between_a_unit_word_and_its_name(string name)
    {
        var paragraphs = Paragraphs("Căn cứ Quyết định số 2212/QĐ-UBND ngày 27/8/2021 thành lập Ban Chỉ đạo giai đoạn 2021 - 2025, tỉnh", name);
        Assert.Equal(["Căn cứ Quyết định số 2212/QĐ-UBND ngày 27/8/2021 thành lập Ban Chỉ đạo giai đoạn 2021 - 2025, tỉnh " + name], paragraphs);
    }

    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU.")]
    [InlineData("Năm 2022, toàn tỉnh có 120 mô hình.")]
    [InlineData("Căn cứ Nghị định số 07/2021/NĐ-CP;")]
    public void Keeps_a_heading_that_ends_on_a_unit_word_apart_from_the_sentence_after_it(string next)
    {
        var paragraphs = Paragraphs("2. Kết quả thực hiện trên địa bàn tỉnh", next);
        Assert.Equal(["2. Kết quả thực hiện trên địa bàn tỉnh", next], paragraphs);
    }

    [Fact]
    public void Keeps_a_byline_apart_from_the_source_line_above_it()
    {
        var paragraphs = Paragraphs("Nguồn: CV số 518/VPUBND-NC ngày 31/1/2018 của VPUBND tỉnh", "Tin: Thành Nhơn");
        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Joins_a_line_cut_inside_a_quoted_title_to_the_line_that_closes_it()
    {
        var paragraphs = Paragraphs("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị “về Đại hội đảng bộ các cấp tiến tới", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”; Kế hoạch số 154-KH/TU.");
        Assert.Equal(["Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị “về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”; Kế hoạch số 154-KH/TU."], paragraphs);
    }

    [Theory]
    [InlineData("Hội nghị “Dân vận khéo” năm 2023", "Đại biểu dự hội nghị.")]
    [InlineData("Hội nghị “Dân vận khéo", "Đại biểu tham dự đông đủ.")]
    public void Keeps_a_line_apart_when_its_quote_is_closed_or_the_next_line_closes_none(string first, string next)
    {
        var paragraphs = Paragraphs(first, next);
        Assert.Equal([first, next], paragraphs);
    }

    [Fact]
    public void Joins_a_sentence_wrapped_after_a_verb_that_needs_its_object()
    {
        var paragraphs = Paragraphs(
            "Thực hiện Quyết định số 318/QĐ-TTg ngày 08/3/2012 của Thủ tướng Chính phủ ban hành",
            "Chương trình hành động thực hiện Kết luận số 09-KL/TW ngày 20/5/2011 của Ban Bí thư;");
        Assert.Equal(["Thực hiện Quyết định số 318/QĐ-TTg ngày 08/3/2012 của Thủ tướng Chính phủ ban hành Chương trình hành động thực hiện Kết luận số 09-KL/TW ngày 20/5/2011 của Ban Bí thư;"], paragraphs);
    }

    [Fact]
    public void Joins_a_line_cut_after_carrying_out_to_the_numbered_citation_it_carries_out()
    {
        var paragraphs = Paragraphs(
            "- Căn cứ Công văn số 215/UBDT-CSDT ngày 03 tháng 4 năm 2020 của Ủy ban Dân tộc về hướng dẫn thực hiện",
            "Quyết định số 1409/QĐ-TTg ngày 15/10/2019 của Thủ tướng Chính phủ;");
        Assert.Single(paragraphs);
    }

    [Fact]
    public void Keeps_a_heading_that_ends_on_carrying_out_apart_from_a_sentence_after_it()
    {
        var paragraphs = Paragraphs(
            "2. Công tác lãnh đạo, chỉ đạo, tổ chức quán triệt, tuyên truyền, triển khai thực hiện",
            "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 12-KH/HU ngày 5/6/2021.");
        Assert.Equal(2, paragraphs.Count);
    }

    [Theory]
    [InlineData("1. Các văn bản đã ban hành")]
    [InlineData("Nghị quyết 653/2019/UBTVQH14 sắp xếp các đơn vị hành chính cấp huyện, xã do Ủy ban Thường vụ Quốc hội ban hành")]
    public void Keeps_a_heading_or_a_line_whose_doer_comes_first_apart_from_the_paragraph_after_it(string line)
    {
        var paragraphs = Paragraphs(line, "Chương trình hành động số 12-CTr/TU ngày 5/6/2021 của Tỉnh ủy được quán triệt.");
        Assert.Equal(2, paragraphs.Count);
    }

    private static List<string> Paragraphs(params string[] lines) => [.. Read(string.Join('\n', lines)).Select(b => b.Text.Text)];
}
