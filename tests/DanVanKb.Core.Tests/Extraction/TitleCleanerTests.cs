using DanVanKb.Core.Extraction;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>A trích yếu ends where the title ends: the run-ons a reading of running text leaves are cut.</summary>
public class TitleCleanerTests
{
    [Theory]
    [InlineData("tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới và",
        "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới")]
    [InlineData("tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới... thành chương trình, kế hoạch công tác phù hợp",
        "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới")]
    [InlineData("nâng cao hiệu quả phong trào thi đua \"Dân vận khéo\" giai đoạn 2016 - 2020 và …", "nâng cao hiệu quả phong trào thi đua \"Dân vận khéo\" giai đoạn 2016 - 2020")]
    [InlineData("về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong", "về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận”")]
    [InlineData("tiếp tục đổi mới nội dung, phương thức hoạt động của mặt trận và các đoàn thể chính trị - xã hội”, Mặt trận và các đoàn thể đã căn cứ vào điều lệ",
        "tiếp tục đổi mới nội dung, phương thức hoạt động của mặt trận và các đoàn thể chính trị - xã hội")]
    [InlineData("tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW và Kế hoạch số 71-KH/ĐU ngày 05/5/2023 của Đảng ủy xã, Ban Chấp hành Đảng bộ xã Thái Sơn báo cáo kết quả như sau:",
        "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW và Kế hoạch số 71-KH/ĐU ngày 05/5/2023 của Đảng ủy xã")]
    [InlineData("về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Bắc Kạn", "về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Bắc Kạn")]
    [InlineData("Quy chế công tác dân vận của hệ thống chính trị (nay là Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị)",
        "Quy chế công tác dân vận của hệ thống chính trị (nay là Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị)")]
    public void A_title_ends_where_the_title_ends(string read, string shown) => Assert.Equal(shown, TitleCleaner.Clean(read));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("và …")]
    public void Nothing_left_is_no_title(string? read) => Assert.Null(TitleCleaner.Clean(read));
}
