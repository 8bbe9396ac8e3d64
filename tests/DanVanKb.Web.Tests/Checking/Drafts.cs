namespace DanVanKb.Web.Tests.Checking;

/// <summary>Drafts to check against the test corpus (see TestCorpus).</summary>
public static class Drafts
{
    /// <summary>Nghị quyết 25-NQ/TW with day and month swapped.</summary>
    public const string WrongDate = "Thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.";

    /// <summary>A wrong date, a symbol in the State form for a Party plan, and a plan the corpus does not have.</summary>
    public const string ThreeErrors = """
        BÁO CÁO
        kết quả công tác dân vận năm 2023

        Thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013 của Ban Chấp hành Trung ương Đảng khóa XI, Tỉnh ủy đã lãnh đạo triển khai nhiều mô hình.

        Phong trào thi đua "Dân vận khéo" được triển khai theo Kế hoạch số 97/KH-TU ngày 05/8/2014 của Ban Thường vụ Tỉnh ủy.

        Năm 2023, Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 777-KH/BDVTU ngày 10/02/2023 về kiểm tra, giám sát.
        """;
}
