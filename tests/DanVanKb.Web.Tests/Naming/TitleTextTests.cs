using DanVanKb.Web.Naming;

namespace DanVanKb.Web.Tests.Naming;

/// <summary>A trích yếu shown as a name to read at a glance.</summary>
public class TitleTextTests
{
    [Fact]
    public void A_long_title_is_shortened_where_a_clause_ends_without_an_ellipsis()
    {
        const string Title = "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về \"Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới\" và 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư";

        var shown = TitleText.Short(Title);

        Assert.Equal("tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI", shown);
        Assert.Equal(Title, TitleText.Short(Title, max: 1000));
    }
}
