using DanVanKb.Documents.Docx;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

using static DanVanKb.Documents.Tests.Docx.WordFile;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>The plain-text form a Word report is read into.</summary>
public class DocxReportReaderTests
{
    private static string[] Lines(byte[] docx) => DocxReportReader.Read(docx).Text.TrimEnd('\n').Split('\n');

    [Fact]
    public void A_footnote_reference_mid_sentence_becomes_a_superscript_and_its_text_follows_the_paragraph()
    {
        var docx = Of(
        [
            new Para(new Words("Huyện ủy ban hành Kế hoạch số 45-KH/HU"), new FootnoteRef("Kế hoạch số 45-KH/HU ngày 05/9/2013."), new Words(" về thực hiện Nghị quyết số 25-NQ/TW.")),
            new Para("Đoạn tiếp theo."),
        ]);
        Assert.Equal(
        [
            "Huyện ủy ban hành Kế hoạch số 45-KH/HU¹ về thực hiện Nghị quyết số 25-NQ/TW.",
            "¹ Kế hoạch số 45-KH/HU ngày 05/9/2013.",
            "Đoạn tiếp theo.",
        ], Lines(docx));
    }

    [Fact]
    public void Footnotes_and_endnotes_are_numbered_in_one_sequence_in_the_order_referenced()
    {
        var docx = Of(
        [
            new Para(new Words("Một"), new FootnoteRef("chú thích một."), new Words(" hai"), new EndnoteRef("chú thích cuối."), new Words(".")),
            new Para(new Words("Ba"), new FootnoteRef("chú thích hai."), new Words(".")),
        ]);
        Assert.Equal(["Một¹ hai².", "¹ chú thích một.", "² chú thích cuối.", "Ba³.", "³ chú thích hai."], Lines(docx));
    }

    [Fact]
    public void A_table_is_read_as_tab_separated_rows_and_its_notes_follow_the_table()
    {
        var docx = Build(w =>
        {
            w.Body.Append(new Paragraph(TextRun("PHỤ LỤC")));
            var noted = new Paragraph(TextRun("Kế hoạch"), w.FootnoteReference("Ban hành lại năm 2016."));
            w.Body.Append(Table(
            [
                [[new Paragraph(TextRun("TT"))], [new Paragraph(TextRun("Văn bản"))], [new Paragraph(TextRun("Cơ quan ban hành"))]],
                [[new Paragraph(TextRun("1"))], [noted, new Paragraph(TextRun("45-KH/HU"))], [new Paragraph(TextRun("BTV Huyện ủy"))]],
            ]));
            w.Body.Append(new Paragraph(TextRun("Hết.")));
        });
        Assert.Equal(["PHỤ LỤC", "TT\tVăn bản\tCơ quan ban hành", "1\tKế hoạch¹ 45-KH/HU\tBTV Huyện ủy", "¹ Ban hành lại năm 2016.", "Hết."], Lines(docx));
    }

    [Fact]
    public void A_merged_row_keeps_the_columns_of_the_table()
    {
        var wide = new TableCell(new TableCellProperties(new GridSpan { Val = 3 }), new Paragraph(TextRun("I. Văn bản của Tỉnh ủy")));
        var docx = Build(w => w.Body.Append(new Table(
            new TableRow(new TableCell(new Paragraph(TextRun("TT"))), new TableCell(new Paragraph(TextRun("Văn bản"))), new TableCell(new Paragraph(TextRun("Nội dung")))),
            new TableRow(wide),
            new TableRow(new TableCell(new Paragraph(TextRun("1"))), new TableCell(new Paragraph(TextRun("12-CT/TU"))), new TableCell(new Paragraph(TextRun("Dân vận")))))));
        Assert.Equal(["TT\tVăn bản\tNội dung", "I. Văn bản của Tỉnh ủy\t\t", "1\t12-CT/TU\tDân vận"], Lines(docx));
    }

    [Fact]
    public void A_header_laid_out_in_a_table_is_read_column_by_column()
    {
        var docx = Of(
        [
            new LayoutGrid(
                [["HUYỆN ỦY HÀM YÊN", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]],
                [["Số 215-BC/HU"], ["Hàm Yên, ngày 20 tháng 9 năm 2023"]]),
            new Para("BÁO CÁO"),
        ]);
        Assert.Equal(["HUYỆN ỦY HÀM YÊN", "*", "Số 215-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hàm Yên, ngày 20 tháng 9 năm 2023", "BÁO CÁO"], Lines(docx));
    }

    [Fact]
    public void Tabs_lay_out_header_lines_label_list_items_and_separate_tabbed_rows()
    {
        var docx = Build(w =>
        {
            foreach (var pieces in new[] { new[] { "HUYỆN ỦY HÀM YÊN", "", "ĐẢNG CỘNG SẢN VIỆT NAM" }, ["Số 215-BC/HU", "Hàm Yên, ngày 20 tháng 9 năm 2023"], ["", "1.", "Tình hình chung"], ["TT", "Văn bản", "Số, ngày"] })
            {
                var p = new Paragraph();
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (i > 0) p.Append(new Run(new TabChar()));
                    if (pieces[i].Length > 0) p.Append(TextRun(pieces[i]));
                }
                w.Body.Append(p);
            }
        });
        Assert.Equal(["HUYỆN ỦY HÀM YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 215-BC/HU", "Hàm Yên, ngày 20 tháng 9 năm 2023", "1. Tình hình chung", "TT\tVăn bản\tSố, ngày"], Lines(docx));
    }

    [Fact]
    public void Line_breaks_inside_a_paragraph_start_new_lines()
    {
        var docx = Build(w => w.Body.Append(new Paragraph(new Run(new Text("T/M BAN THƯỜNG VỤ"), new Break(), new Text("BÍ THƯ")))));
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], Lines(docx));
    }

    [Fact]
    public void Content_controls_text_boxes_and_nested_tables_are_read()
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var docx = Build(w =>
        {
            w.Body.Append(new SdtBlock(new SdtProperties(new SdtAlias { Val = "Số" }), new SdtContentBlock(new Paragraph(TextRun("Số 12-BC/HU")))));
            // a text box as Word writes it: the modern shape and a VML fallback holding the same text
            var box = new Paragraph(TextRun("Trước hộp. "));
            box.InnerXml += $"""
                <w:r xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
                  <mc:AlternateContent>
                    <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
                    <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
                  </mc:AlternateContent>
                </w:r>
                """;
            w.Body.Append(box);
            var nested = new TableCell(new Paragraph(TextRun("Kế hoạch")), Table([[[new Paragraph(TextRun("a"))], [new Paragraph(TextRun("b"))]]]), new Paragraph());
            w.Body.Append(new Table(new TableRow(new TableCell(new Paragraph(TextRun("1"))), nested, new TableCell(new Paragraph(TextRun("cuối"))))));
        });
        Assert.Equal(["Số 12-BC/HU", "Trước hộp.", "ĐẢNG CỘNG SẢN VIỆT NAM", "1\tKế hoạch a b\tcuối"], Lines(docx));
    }

    [Fact]
    public void Deleted_hidden_and_field_code_text_is_not_read_inserted_text_and_field_results_are()
    {
        var docx = Build(w => w.Body.Append(new Paragraph(
            TextRun("Kế hoạch số "),
            new InsertedRun(TextRun("45")) { Id = "1", Author = "a" },
            new DeletedRun(new Run(new DeletedText("54"))) { Id = "2", Author = "a" },
            TextRun("-KH/HU", new RunProperties()),
            new Run(new RunProperties(new Vanish()), new Text(" ẩn")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            TextRun(" (trang 3)"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));
        Assert.Equal(["Kế hoạch số 45-KH/HU (trang 3)"], Lines(docx));
    }

    [Fact]
    public void Superscript_digits_become_superscript_characters()
    {
        var docx = Build(w => w.Body.Append(new Paragraph(
            TextRun("diện tích 136km"),
            TextRun("2", new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
            TextRun("; Nghị quyết số 25-NQ/TW"),
            TextRun("3", new RunProperties(new RunStyle { Val = "FootnoteReference" })))));
        Assert.Equal(["diện tích 136km²; Nghị quyết số 25-NQ/TW³"], Lines(docx));
    }

    [Fact]
    public void Each_line_says_which_paragraph_table_row_or_note_it_came_from()
    {
        var report = DocxReportReader.Read(Of(
        [
            new Para("BÁO CÁO"),
            new Para(""),
            new Para(new Words("Thực hiện Nghị quyết số 25-NQ/TW"), new FootnoteRef("Ngày 03/6/2013."), new Words(".")),
            new DataTable(["TT", "Văn bản"], ["1", "45-KH/HU"]),
            new Para("Hết."),
        ]));
        Assert.Equal(
        [
            new LineOrigin(1, LinePart.Paragraph, 1),
            new LineOrigin(2, LinePart.Paragraph, 2),
            new LineOrigin(3, LinePart.Footnote, 1),
            new LineOrigin(4, LinePart.TableRow, 1, 1),
            new LineOrigin(5, LinePart.TableRow, 1, 2),
            new LineOrigin(6, LinePart.Paragraph, 3),
        ], report.Lines);
    }
}
