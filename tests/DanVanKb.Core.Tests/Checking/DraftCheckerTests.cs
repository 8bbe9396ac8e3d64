using DanVanKb.Core.Checking;

namespace DanVanKb.Core.Tests.Checking;

public class DraftCheckerTests
{
    private static readonly GraphCatalog Catalog = new(
        "Quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.",
        "Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.",
        "Đề án số 06-ĐA/TU ngày 14/12/2017 của BTV Tỉnh ủy về nâng cao hiệu quả phong trào Dân vận khéo; Đề án số 06-ĐA/TU ngày 03/02/2023 của BTV Tỉnh ủy về khối Dân vận cơ sở.");

    private static Finding Single(string draft, FindingKind kind) =>
        Assert.Single(DraftChecker.Check(draft, Catalog), f => f.Kind == kind);

    [Fact]
    public void A_correct_citation_is_correct() =>
        Assert.Equal(Severity.Note, Single("Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.", FindingKind.Correct).Severity);

    [Fact]
    public void A_swapped_day_and_month_is_a_wrong_date_with_the_canonical_value_and_its_support()
    {
        var f = Single("Thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013.", FindingKind.WrongDate);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("06/3/2013", f.Written);
        Assert.Equal("03/6/2013", f.Suggestion);
        Assert.Contains("2 of 2 dated mentions in 2 reports", f.Message);
        Assert.Equal((1, 11), (f.Span.Line, f.Span.Column));
    }

    [Fact]
    public void A_date_in_words_is_corrected_in_words() =>
        Assert.Equal("ngày 26 tháng 11 năm 2021", Single("Chỉ thị số 33/CT-TTg ngày 26 tháng 12 năm 2021.", FindingKind.WrongDate).Suggestion);

    [Theory]
    [InlineData("Thực hiện Nghị quyết số 25/NQ-TW.", "25-NQ/TW")]
    [InlineData("Thực hiện Chỉ thị số 33/CT- TTg.", "33/CT-TTg")]
    [InlineData("Thực hiện Chỉ thị số 33-CT/TW ngày 26/11/2021 của Thủ tướng Chính phủ.", "33/CT-TTg")]
    public void A_symbol_in_the_wrong_form_gets_its_correct_form(string draft, string correct) =>
        Assert.Equal(correct, Single(draft, FindingKind.WrongSymbolForm).Suggestion);

    [Fact]
    public void A_wrong_type_word_and_a_wrong_issuer_are_named()
    {
        Assert.Equal("Nghị quyết", Single("Thực hiện Kết luận số 25-NQ/TW.", FindingKind.WrongTypeWord).Suggestion);
        Assert.Contains("Ban Chấp hành Trung ương", Single("Nghị quyết số 25-NQ/TW của Bộ Chính trị.", FindingKind.WrongIssuer).Suggestion);
    }

    [Fact]
    public void A_shared_number_without_a_date_is_ambiguous_and_lists_both_documents()
    {
        var f = Single("Triển khai Đề án số 06-ĐA/TU của Ban Thường vụ Tỉnh ủy.", FindingKind.Ambiguous);
        Assert.Equal(2, f.Documents.Count);
        Assert.Contains("14/12/2017", f.Message);
        Assert.Contains("03/2/2023", f.Message);
        Assert.Single(DraftChecker.Check("Triển khai Đề án số 06-ĐA/TU ngày 03/02/2023.", Catalog), x => x.Kind == FindingKind.Correct);
    }

    [Fact]
    public void An_unknown_document_a_short_form_first_and_an_impossible_relation_are_flagged()
    {
        Assert.Equal(Severity.Warning, Single("Thực hiện Kế hoạch số 77-KH/TU ngày 01/02/2022.", FindingKind.Unknown).Severity);
        Single("Qua Nghị quyết số 25, tỉnh đã làm nhiều việc. Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.", FindingKind.ShortBeforeFull);
        var impossible = Single("Kế hoạch số 12-KH/TU ngày 01/3/2012 về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.", FindingKind.ImpossibleRelation);
        Assert.Contains("cannot implement", impossible.Message);
    }
}
