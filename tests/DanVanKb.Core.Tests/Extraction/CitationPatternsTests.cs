using System.Text.RegularExpressions;

using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

public class CitationPatternsTests
{
    [Theory]
    [InlineData("Thực hiện Nghị quyết 25, Ban Thường vụ", "Nghị quyết", "25")]
    [InlineData("sau 5 năm thực hiện Chương trình hành động số 14 của Tỉnh ủy", "Chương trình hành động", "14")]
    [InlineData("KẾT LUẬN 43 CỦA BAN BÍ THƯ", "KẾT LUẬN", "43")]
    [InlineData("theo Đề án 06 của Ban Thường vụ", "Đề án", "06")]
    [InlineData("Kế hoạch liên tịch số 30a", "Kế hoạch liên tịch", "30a")]
    public void A_type_word_with_its_capital_and_a_bare_number_is_a_short_reference(string text, string typeWord, string number) =>
        AssertShortReference(CitationPatterns.ShortReference, text, typeWord, number);

    private static void AssertShortReference(Regex pattern, string text, string typeWord, string number)
    {
        var m = pattern.Match(text);
        Assert.True(m.Success);
        Assert.Equal(typeWord, m.Groups["tw"].Value);
        Assert.Equal(number, m.Groups["num"].Value);
    }

    [Theory]
    [InlineData("của Bộ Tư pháp sau khi thực hiện", "Bộ Tư pháp")]
    [InlineData("của Sở Y tế trước khi tổ chức", "Sở Y tế")]
    [InlineData("của Ban Thường vụ Huyện ủy khi triển khai", "Ban Thường vụ Huyện ủy")]
    [InlineData("của Ủy ban nhân dân xã Khi Nhung về", "Ủy ban nhân dân xã Khi Nhung")] // a place's capital is no clause of time
    public void An_issuer_phrase_ends_before_a_clause_of_time(string text, string issuer)
    {
        const int from = 4; // after "của "
        var stop = CitationPatterns.IssuerStop.Match(text, from);
        Assert.Equal(issuer, text[from..stop.Index]);
    }

    [Theory]
    [InlineData("Ban Tổ chức Trung ương, Hướng dẫn (mật) số ", "Hướng dẫn")]
    [InlineData("và Kế hoạch (bổ sung) số ", "Kế hoạch")]
    [InlineData("Thực hiện Kế hoạch kiểm tra số ", "Kế hoạch")]
    public void A_type_word_may_carry_a_lower_case_mark_in_brackets_before_so(string text, string typeWord) =>
        Assert.Equal(typeWord, CitationPatterns.TypeWordBefore.Match(text).Groups["tw"].Value);

    [Theory]
    [InlineData("theo Hướng dẫn (Ban Tổ chức Trung ương) số ")] // a body in brackets is no mark of the type's
    [InlineData("Hướng dẫn (mật) ")] // a mark without "số" before the symbol
    public void A_bracket_that_is_not_a_mark_before_so_keeps_the_type_word_off(string text) =>
        Assert.DoesNotMatch(CitationPatterns.TypeWordBefore, text);

    [Theory]
    [InlineData("đã ban hành 12 nghị quyết 25 lần")] // lower case: a count of documents, not one
    [InlineData("tổ chức 3 kế hoạch 15 đợt")]
    [InlineData("Nghị quyết 25-NQ/TW")] // a symbol's start
    [InlineData("Kế hoạch 5 năm")] // a count
    [InlineData("QuyếtĐịnh 12")]
    public void A_lower_case_type_word_a_symbol_or_a_count_is_not(string text) =>
        Assert.DoesNotMatch(CitationPatterns.ShortReference, text);

    [Theory]
    [InlineData("hướng dẫn thi hành quyết định 25/2021.", "quyết định", "25")]
    [InlineData("theo Nghị định số 30/2020 của Chính phủ", "Nghị định", "30")]
    [InlineData("Thông tư 09/2021, các xã", "Thông tư", "09")]
    public void A_state_document_named_by_number_and_year_is_a_short_reference(string text, string typeWord, string number) =>
        AssertShortReference(CitationPatterns.YearShortReference, text, typeWord, number);

    [Theory]
    [InlineData("Quyết định 25/2021/QĐ-TTg")] // a full symbol
    [InlineData("Kế hoạch 5/2021")] // a plan of May 2021: plans are not numbered by year
    [InlineData("Nghị quyết 12/20215")]
    [InlineData("Quyết định 25/2021-QĐ")]
    public void A_number_and_year_that_go_on_or_a_type_not_numbered_by_year_is_not(string text) =>
        Assert.DoesNotMatch(CitationPatterns.YearShortReference, text);

    [Theory]
    [InlineData(" hướng dẫn thực hiện Khoản 2, Điều 4, ", "Khoản 2, Điều 4, ")]
    [InlineData(" quy định chi tiết Điều 18 và Điều 20 của ", "Điều 18 và Điều 20 ")]
    [InlineData(" sửa đổi điểm a khoản 1 Điều 3 ", "điểm a khoản 1 Điều 3 ")]
    public void Articles_listed_right_before_their_document_or_its_of_are_one_part(string gap, string articles) =>
        Assert.Equal(articles, CitationPatterns.ArticleList.Match(gap).Value);

    [Theory]
    [InlineData(" tại Điều 4 quy định rõ trách nhiệm, và ")]
    [InlineData(" khoản tiền 2 triệu đồng, ")]
    public void Articles_that_a_clause_goes_on_after_are_not(string gap) =>
        Assert.DoesNotMatch(CitationPatterns.ArticleList, gap);

    [Theory]
    [InlineData("Thực hiện các Nghị quyết số 05, 06 và ", "05, 06")]
    [InlineData("Thực hiện Phương án số 2 và ", "2")]
    [InlineData("Căn cứ các Quyết định số 30a, 31, ", "30a, 31")]
    public void Bare_numbers_after_so_right_before_a_symbol_are_listed_with_it(string before, string list) =>
        Assert.Equal(list, CitationPatterns.NumbersListedBefore.Match(before).Groups["list"].Value);

    [Theory]
    [InlineData("Tổng số 25 và ")] // a total
    [InlineData("Kế hoạch số 25 của UBND huyện và ")] // a short reference whose clause goes on
    [InlineData("Nghị quyết số 05-NQ/TU, ")] // a full symbol, read as its own citation
    public void A_total_or_a_number_that_goes_on_is_not_a_list(string before) =>
        Assert.DoesNotMatch(CitationPatterns.NumbersListedBefore, before);

    [Fact]
    public void A_compound_body_name_is_read_only_where_it_is_asked_for()
    {
        const string text = "của Bộ Lao động, Thương binh và Xã hội về việc";
        var at = CitationPatterns.CompoundBodyNameAt.Match(text, 4);
        Assert.Equal("Bộ Lao động, Thương binh và Xã hội", at.Value);
        Assert.False(CitationPatterns.CompoundBodyNameAt.Match(text, 0).Success);
        Assert.True(CitationPatterns.CompoundBodyName.Match(text, 0).Success);
    }
}
