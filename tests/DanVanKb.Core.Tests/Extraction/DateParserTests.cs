using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>The date forms reports use (domain.md), as precise as the text states them, and impossible
/// dates found but left without a value.</summary>
public class DateParserTests
{
    [Theory]
    [InlineData("03/6/2013", "2013-06-03")]
    [InlineData("03/06/2013", "2013-06-03")]
    [InlineData("3/6/2013", "2013-06-03")]
    [InlineData("3.6.2013", "2013-06-03")]
    [InlineData("18/02.2019", "2019-02-18")]
    [InlineData("07/01/2019", "2019-01-07")]
    [InlineData("29/02/2020", "2020-02-29")]
    [InlineData("ngày 26 tháng 11 năm 2021", "2021-11-26")]
    [InlineData("Ngày 15 tháng 6 năm 2023", "2023-06-15")]
    [InlineData("ngày 05 tháng 4 năm 2022", "2022-04-05")]
    [InlineData("ngày ngày 06 tháng 01 năm 2021", "2021-01-06")]
    [InlineData("ngày26 tháng 11 năm 2021", "2021-11-26")] // a page that lost the space
    public void Parses_full_date(string written, string iso)
    {
        var date = DateParser.Parse(written);

        Assert.NotNull(date);
        Assert.True(date.IsFull);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("18-02.2019")]
    [InlineData("2016-02.2019")]
    public void Reads_no_date_where_a_hyphen_and_a_dot_separate_its_parts(string written)
    {
        Assert.Null(DateParser.Parse(written));
    }

    [Fact]
    public void Reads_a_year_a_converted_page_split_in_two()
    {
        var dates = DateParser.FindAll("Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ");

        var date = Assert.Single(dates);
        Assert.Equal("16/7/20 21", date.Written);
        Assert.Equal("2021-07-16", date.Date?.ToIso());
    }

    [Theory]
    [InlineData("16/7/20 210")]
    [InlineData("16/7/21 20")]
    [InlineData("16/7/2 021")]
    public void Reads_no_split_year_where_the_halves_are_not_a_century_and_two_digits(string written)
    {
        Assert.Null(DateParser.Parse(written));
    }

    [Theory]
    [InlineData("tháng 5 năm 2023", "2023-05")]
    [InlineData("tháng 12 năm 2022", "2022-12")]
    [InlineData("tháng 5/2023", "2023-05")]
    [InlineData("năm 2019", "2019")]
    [InlineData("năm 2023", "2023")]
    public void Parses_partial_date_as_precise_as_written(string written, string iso)
    {
        var date = DateParser.Parse(written);

        Assert.NotNull(date);
        Assert.False(date.IsFull);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("31/02/2019")]
    [InlineData("29/02/2019")]
    [InlineData("00/13/2020")]
    [InlineData("31/4/2022")]
    [InlineData("ngày 32 tháng 1 năm 2020")]
    [InlineData("ngày 15 tháng 13 năm 2022")]
    public void Finds_impossible_date_but_gives_it_no_value(string written)
    {
        var match = Assert.Single(DateParser.FindAll(written));

        Assert.Equal(written, match.Written);
        Assert.Null(match.Date);
        Assert.Null(DateParser.Parse(written));
    }

    [Theory]
    [InlineData("2016-2021")]
    [InlineData("nhiệm kỳ 2020-2025")]
    [InlineData("1.425/8.691")]
    [InlineData("10/2022/QH15")]
    [InlineData("30/2020/NĐ-CP")]
    [InlineData("10.000 đồng/kg")]
    [InlineData("Quốc hội khóa XV")]
    public void Finds_no_date_in_look_alikes(string text)
    {
        Assert.Empty(DateParser.FindAll(text));
    }

    [Theory]
    [InlineData("Nghị quyết số 25-NQ/TW ngày 03/6/2013 và Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư", "2013-06-03|2019-01-07")]
    [InlineData("Kế hoạch số 12-KH/BDVHU năm 2019, sơ kết vào tháng 5 năm 2023", "2019|2023-05")]
    [InlineData("Chỉ thị số 33/CT-TTg, ngày 26 tháng 11 năm 2021 của TTCP", "2021-11-26")]
    [InlineData("Mỹ Xuyên, ngày tháng 5 năm 2023", "2023-05")]
    [InlineData("ngày 10/3/2022, UBND huyện ban hành Kế hoạch số 40/KH-UBND", "2022-03-10")]
    public void Finds_each_date_in_a_sentence_once_at_its_precision(string sentence, string expected)
    {
        var found = DateParser.FindAll(sentence).Select(m => m.Date?.ToIso()).ToArray();

        Assert.Equal(expected.Split('|'), found);
    }

    [Fact]
    public void Finds_date_where_it_is_written_in_the_sentence()
    {
        const string sentence = "Chỉ thị số 33/CT-TTg, ngày 26 tháng 11 năm 2021 của TTCP";

        var match = Assert.Single(DateParser.FindAll(sentence));

        Assert.Equal("ngày 26 tháng 11 năm 2021", match.Written);
        Assert.Equal(sentence.IndexOf("ngày", StringComparison.Ordinal), match.Start);
    }
}
