using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

public class DigitShapesTests
{
    [Theory]
    [InlineData("ngày 03/6/2013 của Ban Chấp hành")]
    [InlineData("ngày 26 tháng 11 năm 2021")]
    [InlineData("giai đoạn 2021-2025")]
    [InlineData("năm 2019")]
    public void A_text_with_a_year_may_hold_a_date(string text) =>
        Assert.True(DigitShapes.HasFourDigitRun(text));

    [Theory]
    [InlineData("1. Kết quả thực hiện")]
    [InlineData("tổ chức 125 cuộc đối thoại, đạt 98,5%")]
    [InlineData("ngày 03/6 vừa qua")]
    [InlineData("mã số 12345678")]
    public void A_text_without_a_run_of_four_digits_holds_no_date(string text)
    {
        Assert.False(DigitShapes.HasFourDigitRun(text));
        Assert.Empty(DateParser.FindAll(text));
    }

    [Theory]
    [InlineData("Nghị quyết số 25-NQ/TW")]
    [InlineData("Chỉ thị 33/CT-TTg")]
    [InlineData("Quyết định số 168a/QĐ-UBND")]
    [InlineData("Kế hoạch số 30 /KH-UBND")]
    [InlineData("Kế hoạch 12–KH/HU")]
    public void A_number_before_a_dash_or_slash_may_start_a_symbol(string text) =>
        Assert.NotEmpty(DigitShapes.SymbolStarts(text));

    [Theory]
    [InlineData("1. Kết quả thực hiện")]
    [InlineData("tổ chức 125 cuộc đối thoại")]
    [InlineData("số tài khoản 1234567/NH")]
    [InlineData("Điều 5 khoản 2")]
    public void A_text_without_a_number_before_a_dash_or_slash_holds_no_symbol(string text)
    {
        Assert.Empty(DigitShapes.SymbolStarts(text));
        Assert.Empty(SymbolParser.FindAll(text));
    }

    [Fact]
    public void Symbol_starts_are_the_numbers_before_a_separator_in_text_order()
    {
        const string text = "Kế hoạch 12–KH/HU, Quyết định 168a/QĐ-UBND, mã 1234567/NH, Điều 5 và 30 /KH-UBND";
        Assert.Equal([text.IndexOf("12–", StringComparison.Ordinal), text.IndexOf("168a", StringComparison.Ordinal), text.IndexOf("30 /", StringComparison.Ordinal)],
            DigitShapes.SymbolStarts(text));
        Assert.Empty(DigitShapes.SymbolStarts("tổ chức 125 cuộc đối thoại, đạt 98,5%"));
    }
}
