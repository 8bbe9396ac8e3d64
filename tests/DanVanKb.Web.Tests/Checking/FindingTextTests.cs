using DanVanKb.Core.Checking;
using DanVanKb.Core.Model;
using DanVanKb.Web.Checking;

namespace DanVanKb.Web.Tests.Checking;

public class FindingTextTests
{
    private static readonly KnownDocument Resolution = new("doc-1", "Nghị quyết", "25-NQ/TW", new PartialDate(2013, 6, 3),
        "Ban Chấp hành Trung ương Đảng khóa XI", Level.Central, null, "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận",
        [new DateVariant("25-NQ/TW", new PartialDate(2013, 6, 3), 16), new DateVariant("25-NQ/TW", new PartialDate(2013, 3, 6), 4)], 12, "12 of 12 reports agree");

    private static Finding Of(FindingKind kind, string written, string? suggestion = null, params string[] docs) =>
        new(kind, kind == FindingKind.Correct ? Severity.Note : Severity.Error, new SourceSpan(0, 10, 1, 1), written, "English message", suggestion, docs);

    [Theory]
    [InlineData(FindingKind.WrongDate, "06/3/2013", "03/6/2013", "25-NQ/TW ban hành ngày 03/6/2013, không phải 06/3/2013 (16/20 lần ghi).")]
    [InlineData(FindingKind.WrongDate, "ngày 06 tháng 3 năm 2013", "ngày 03 tháng 6 năm 2013", "25-NQ/TW ban hành ngày 03/6/2013, không phải 06 tháng 3 năm 2013 (16/20 lần ghi).")]
    [InlineData(FindingKind.WrongSymbolForm, "25/NQ-TW", "25-NQ/TW", "ghi “25/NQ-TW”, đúng là “25-NQ/TW”.")]
    [InlineData(FindingKind.WrongIssuer, "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng khóa XI", "25-NQ/TW do Ban Chấp hành Trung ương Đảng khóa XI ban hành, không phải Bộ Chính trị.")]
    [InlineData(FindingKind.WrongTypeWord, "Kết luận", "Nghị quyết", "25-NQ/TW là Nghị quyết, không phải Kết luận.")]
    [InlineData(FindingKind.Correct, "25-NQ/TW", null, "khớp với Nghị quyết số 25-NQ/TW ngày 03/6/2013.")]
    public void A_finding_about_a_known_document_is_explained_from_its_fields(FindingKind kind, string written, string? suggestion, string detail) =>
        Assert.Equal(detail, FindingText.Detail(Of(kind, written, suggestion, "doc-1"), Resolution));

    [Fact]
    public void Every_kind_has_a_Vietnamese_heading_and_never_falls_back_to_the_English_message()
    {
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            Assert.NotEqual(kind.ToString(), FindingText.Heading(kind));
            var known = kind is FindingKind.Ambiguous or FindingKind.Unknown or FindingKind.ShortBeforeFull or FindingKind.ImpossibleRelation ? null : Resolution;
            Assert.DoesNotContain("English", FindingText.Detail(Of(kind, "x", "y"), known), StringComparison.Ordinal);
        }
        Assert.Equal("Sai ngày", FindingText.Heading(FindingKind.WrongDate));
        Assert.Equal("Nhiều văn bản cùng số hiệu", FindingText.Heading(FindingKind.Ambiguous));
        Assert.Equal("Quan hệ không thể có (văn bản ban hành trước văn bản nó thực hiện)", FindingText.Heading(FindingKind.ImpossibleRelation));
    }

    [Fact]
    public void The_replaced_text_is_found_inside_the_span_or_nearest_to_it()
    {
        const string text = "Nghị quyết số 25-NQ/TW ngày 06/3/2013; xem thêm ngày 06/3/2013.";
        var f = Of(FindingKind.WrongDate, "06/3/2013", "03/6/2013") with { Span = new SourceSpan(0, 22, 1, 1) };
        Assert.Equal(new TextRange(28, 37), FindingView.ReplaceRange(f, text));
        Assert.Null(FindingView.ReplaceRange(f with { Written = "01/01/1999" }, text));
        Assert.Null(FindingView.ReplaceRange(f with { Suggestion = null }, text));
    }
}
