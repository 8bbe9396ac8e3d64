using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Tests.Vocabulary;

public class LeadInsTests
{
    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW như sau:")]
    [InlineData("kết quả triển khai Kế hoạch số 35/KH-UBND cụ thể ")]
    [InlineData("những nội dung dưới đây")]
    [InlineData("các nhiệm vụ sau đây, gồm Nghị quyết 25-NQ/TW")]
    [InlineData("Quyết định này có hiệu lực kể từ ngày ký")]
    [InlineData("Các cơ quan căn cứ văn bản này để thực hiện")]
    public void A_text_that_points_at_itself_speaks_of_itself(string text) =>
        Assert.True(LeadIns.SpeaksOfItself(text));

    [Theory]
    [InlineData("Ngày 03/6/2013, Ban Chấp hành Trung ương ban hành Nghị quyết số 25-NQ/TW")]
    [InlineData("như vậy, kế hoạch đã đạt kết quả tốt")]
    [InlineData("sau đó, Huyện ủy ban hành Kế hoạch số 12-KH/HU")]
    [InlineData("trong năm nay, Đảng ủy xã đã tổ chức")]
    [InlineData("những điều này cần được quán triệt")]
    [InlineData("như sauđây")]
    public void A_text_about_another_document_does_not(string text) =>
        Assert.False(LeadIns.SpeaksOfItself(text));

    [Theory]
    [InlineData("có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong ", "các nhiệm vụ, giải pháp được nêu trong ")]
    [InlineData("nghiêm túc, có hiệu quả Nghị quyết ", "Nghị quyết ")]
    [InlineData("tốt và đồng bộ các giải pháp tại ", "các giải pháp tại ")]
    public void A_manner_right_after_a_lead_in_is_read_past(string gap, string rest) =>
        Assert.Equal(rest, LeadIns.Manner().Replace(gap, "", 1));

    [Theory]
    [InlineData("công tác nâng cao chất lượng, hiệu quả hoạt động theo ")]
    [InlineData("tốtnghiệp trung học theo ")]
    [InlineData("kế hoạch có hiệu quả theo ")]
    public void Manner_words_that_do_not_open_the_gap_are_kept(string gap) =>
        Assert.Equal(gap, LeadIns.Manner().Replace(gap, "", 1));

    [Theory]
    [InlineData("Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 31/TB-VPCP", "Nghiêm túc thực hiện")]
    [InlineData("Nghiêm chỉnh thực hiện Chỉ thị số 05-CT/TW", "Nghiêm chỉnh thực hiện")]
    [InlineData("1. Thực hiện Nghị quyết số 25-NQ/TW", "1. Thực hiện")]
    public void A_lead_in_may_open_with_its_manner(string text, string leadIn)
    {
        var m = LeadIns.Opening().Match(text);
        Assert.Equal(leadIn, m.Value);
        Assert.Equal(DanVanKb.Core.Model.RelationType.Implements, LeadIns.TypeOf(m));
    }

    [Theory]
    [InlineData("Nghiêm túc kiểm điểm việc thực hiện Chỉ thị số 05-CT/TW")] // what is done seriously is the review
    [InlineData("Nghiêm khắc phê bình việc thực hiện")]
    public void A_manner_before_another_verb_opens_no_lead_in(string text) =>
        Assert.DoesNotMatch(LeadIns.Opening(), text);

    [Theory]
    [InlineData("(Ban hành kèm theo Quyết định số 25/2020/QĐ-UBND ngày 12/5/2020)")]
    [InlineData("( Ban hành kèm theo Công văn số 314 / BTV-KT)")]
    [InlineData("(Kèm theo Kế hoạch số 1376/KH-SGDĐT ngày 28/10/2013)")]
    [InlineData("Được ban hành kèm theo Nghị quyết số 12/2021/NQ-HĐND")]
    public void A_line_opening_with_what_it_was_issued_with_is_read(string line) => Assert.Matches(LeadIns.IssuedWithLine(), line);

    [Theory]
    [InlineData("Quy chế ban hành kèm theo Quyết định số 25/2020/QĐ-UBND")] // a sentence about a regulation, not a line under one
    [InlineData("(Tài liệu kèm theo Kế hoạch số 12/KH-UBND)")]
    public void A_line_naming_something_else_issued_with_a_document_is_not(string line) => Assert.DoesNotMatch(LeadIns.IssuedWithLine(), line);

    [Theory]
    [InlineData("Điều 1. Phê duyệt Kế hoạch thực hiện Đề án “Xóa mù chữ đến năm 2030”", true)]
    [InlineData("Điều 1: Ban hành Quy chế phối hợp", true)]
    [InlineData("Điều 1. Giao Sở Giáo dục và Đào tạo chủ trì", false)]
    [InlineData("Điều 1. Ban hành kèm theo Quyết định này Quy định về tiếp công dân", true)]
    [InlineData("Phê duyệt Kế hoạch thực hiện Đề án", false)] // not an article
    public void An_article_that_approves_or_issues_is_read(string text, bool issues) => Assert.Equal(issues, LeadIns.OwnArticleIssues().IsMatch(text));

    [Theory]
    [InlineData("1. Mục đích", true)]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", true)]
    [InlineData("a) Mục đích:", true)]
    [InlineData("- Mục đích và yêu cầu", true)]
    [InlineData("1. Mục đích: Nhằm triển khai Kết luận số 14-KL/TW", false)] // a heading with its text on the line
    [InlineData("Mục đích của Kế hoạch số 12/KH-UBND là", false)] // a sentence about another plan's aim
    [InlineData("2. Mục tiêu", false)]
    public void A_purpose_heading_stands_alone_on_its_line(string line, bool heading) => Assert.Equal(heading, LeadIns.PurposeHeading().IsMatch(line));
}
