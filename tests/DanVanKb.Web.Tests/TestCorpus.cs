namespace DanVanKb.Web.Tests;

/// <summary>Three short reports, province, district and commune, that make one implementation chain:
/// Nghị quyết 25-NQ/TW ← Chương trình 18-CTr/TU ← Kế hoạch 45-KH/HU ← Kế hoạch 12-KH/ĐU; and one report
/// that tries to inject HTML.</summary>
public static class TestCorpus
{
    public const string Province = """
        ĐẢNG BỘ TỈNH TUYÊN QUANG
        TỈNH ỦY
        *
        Số 412-BC/TU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Tuyên Quang, ngày 10 tháng 5 năm 2023

        BÁO CÁO
        tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI

        Sau khi Ban Chấp hành Trung ương ban hành Nghị quyết số 25-NQ/TW ngày 03/6/2013 về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, ngày 12/8/2013 Tỉnh ủy ban hành Chương trình hành động số 18-CTr/TU thực hiện Nghị quyết số 25.

        Phong trào thi đua "Dân vận khéo" được triển khai theo Kế hoạch số 97-KH/TU ngày 05/8/2014 của Ban Thường vụ Tỉnh ủy, lan tỏa ở nhiều lĩnh vực.

        Một số nơi viết là phong trào dân vẫn khéo, cần thống nhất tên gọi.

        Mô hình "Dân vận khéo" là một giải pháp quan trọng của Nghị quyết số 25-NQ/TW.
        """;

    public const string District = """
        ĐẢNG BỘ TỈNH TUYÊN QUANG
        HUYỆN ỦY HÀM YÊN
        *
        Số 286-BC/HU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Hàm Yên, ngày 05 tháng 5 năm 2023

        BÁO CÁO
        tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI

        Thực hiện Chương trình hành động số 18-CTr/TU ngày 12/8/2013 của Tỉnh ủy, ngày 05/9/2013 Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU thực hiện Nghị quyết số 25-NQ/TW trên địa bàn huyện.

        Các cơ sở đăng ký 120 mô hình "Dân vận khéo" trên các lĩnh vực.
        """;

    public const string Commune = """
        ĐẢNG BỘ HUYỆN HÀM YÊN
        ĐẢNG ỦY XÃ THÁI SƠN
        *
        Số 58-BC/ĐU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Thái Sơn, ngày 12 tháng 5 năm 2023

        BÁO CÁO
        tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI

        Thực hiện Kế hoạch số 45-KH/HU ngày 05/9/2013 của Ban Thường vụ Huyện ủy Hàm Yên, ngày 20/9/2013 Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU thực hiện Nghị quyết số 25 trên địa bàn xã.

        Xã xây dựng mô hình dân vận khéo "Thôn không có người nghiện ma túy".
        """;

    public const string Hostile = """
        ỦY BAN NHÂN DÂN XÃ THÁI SƠN

        Thái Sơn, ngày 01 tháng 6 năm 2023

        BÁO CÁO
        kiểm tra hiển thị

        Dòng có mã <script>alert("x")</script> và liên kết [bấm vào](javascript:alert(1)) không được chạy.
        """;

    /// <summary>Writes the reports into a new folder and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "01_tinh-uy.txt"), Province);
        File.WriteAllText(Path.Combine(folder, "02_huyen-uy.txt"), District);
        File.WriteAllText(Path.Combine(folder, "03_dang-uy-xa.txt"), Commune);
        File.WriteAllText(Path.Combine(folder, "04_ubnd-xa.txt"), Hostile);
        return folder;
    }
}
