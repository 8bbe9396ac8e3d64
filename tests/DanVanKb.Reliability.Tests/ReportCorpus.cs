using System.Globalization;
using System.Text;

namespace DanVanKb.Reliability.Tests;

/// <summary>Generates a corpus of realistic reports from a seed: Party and State reports of provinces,
/// districts and communes citing central, provincial and local documents in the usual phrasings, with
/// footnotes and implementation chains. Part "a" is the knowledge base's previous state; "b" the reports
/// the interrupted ingest adds.</summary>
public static class ReportCorpus
{
    private sealed record Cited(string Type, string Symbol, string Date, string Issuer);

    private static readonly Cited[] Central =
    [
        new("Nghị quyết", "25-NQ/TW", "03/6/2013", "Ban Chấp hành Trung ương Đảng khóa XI"),
        new("Kết luận", "43-KL/TW", "07/01/2019", "Ban Bí thư"),
        new("Quyết định", "23-QĐ/TW", "30/7/2021", "Bộ Chính trị"),
        new("Kết luận", "114-KL/TW", "14/7/2015", "Ban Bí thư"),
        new("Chỉ thị", "49-CT/TW", "20/10/2015", "Ban Bí thư"),
        new("Chỉ thị", "05-CT/TW", "15/5/2016", "Bộ Chính trị"),
        new("Quyết định", "217-QĐ/TW", "12/12/2013", "Bộ Chính trị"),
        new("Chỉ thị", "33/CT-TTg", "26/11/2021", "Thủ tướng Chính phủ"),
    ];

    private static readonly Cited[] Provincial =
    [
        new("Chương trình hành động", "18-CTr/TU", "12/8/2013", "Tỉnh ủy"),
        new("Kế hoạch", "105-KH/TU", "20/3/2019", "Ban Thường vụ Tỉnh ủy"),
        new("Kế hoạch", "168-KH/TU", "10/4/2023", "Ban Thường vụ Tỉnh ủy"),
        new("Đề án", "03-ĐA/TU", "22/8/2016", "Ban Thường vụ Tỉnh ủy"),
        new("Chỉ thị", "12-CT/TU", "15/3/2022", "Ban Thường vụ Tỉnh ủy"),
        new("Kế hoạch", "512/KH-UBND", "15/12/2021", "UBND tỉnh"),
        new("Hướng dẫn", "07-HD/BDVTU", "18/4/2023", "Ban Dân vận Tỉnh ủy"),
    ];

    private static readonly string[] Districts = ["Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình", "Sơn Dương", "Yên Sơn"];

    private static readonly string[] Communes = ["Thái Sơn", "Phúc Thịnh", "Bạch Xa", "Minh Dân", "Tân Thành", "Yên Thuận", "Phù Lưu", "Bình Xa"];

    private static readonly string[] Filler =
    [
        "Cấp ủy, chính quyền các cấp thường xuyên quan tâm lãnh đạo, chỉ đạo công tác dân vận, phát huy quyền làm chủ của Nhân dân.",
        "Phong trào thi đua \"Dân vận khéo\" được triển khai sâu rộng, nhiều mô hình hay được nhân rộng trên các lĩnh vực.",
        "Việc thực hiện quy chế dân chủ ở cơ sở đi vào nền nếp; các cuộc đối thoại với Nhân dân được tổ chức định kỳ.",
        "Tuy nhiên, ở một số nơi việc cụ thể hóa còn chậm, chất lượng một số mô hình chưa cao.",
        "Mặt trận Tổ quốc và các đoàn thể chủ trì nhiều cuộc giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền.",
        "Công tác dân tộc, tôn giáo được quan tâm; không để xảy ra điểm nóng, khiếu kiện đông người.",
    ];

    /// <summary>Writes count reports under folder/a (the first aCount) and folder/b; returns the folder.</summary>
    public static string Write(string folder, int count, int aCount, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var part = Path.Combine(folder, i < aCount ? "a" : "b");
            Directory.CreateDirectory(part);
            File.WriteAllText(Path.Combine(part, $"bao-cao-{i:D3}.txt"), Report(i, random), new UTF8Encoding(false));
        }
        return folder;
    }

    private static string Report(int i, Random r)
    {
        var district = Pick(r, Districts);
        var commune = i % 3 == 2;
        var unit = commune ? $"Đảng ủy xã {Pick(r, Communes)}" : $"Huyện ủy {district}";
        var code = commune ? "ĐU" : "HU";
        var date = $"{r.Next(1, 29):D2} tháng {r.Next(1, 13)} năm {r.Next(2019, 2024)}";
        var own = new Cited("Kế hoạch", $"{100 + i}-KH/{code}", Date(r), commune ? "Ban Chấp hành Đảng bộ xã" : "Ban Thường vụ Huyện ủy");
        var plan = Pick(r, Provincial);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"ĐẢNG BỘ {(commune ? "HUYỆN " + district.ToUpperInvariant() : "TỈNH TUYÊN QUANG")}");
        text.AppendLine(unit.ToUpperInvariant());
        text.AppendLine("*");
        text.AppendLine(CultureInfo.InvariantCulture, $"Số {200 + i}-BC/{code}");
        text.AppendLine();
        text.AppendLine("ĐẢNG CỘNG SẢN VIỆT NAM");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{district}, ngày {date}");
        text.AppendLine();
        text.AppendLine("BÁO CÁO");
        text.AppendLine(CultureInfo.InvariantCulture, $"kết quả thực hiện {Cite(Central[0], full: true)} về công tác dân vận trong tình hình mới");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Thực hiện {Cite(plan, full: true)}, {unit} báo cáo kết quả như sau:");
        text.AppendLine();
        text.AppendLine("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Ngày {own.Date}, {own.Issuer} ban hành {own.Type} số {own.Symbol} thực hiện {Cite(Pick(r, Central), full: r.Next(2) == 0)} và {Cite(plan, full: false)}¹. {Pick(r, Filler)}");
        text.AppendLine();
        var paragraphs = r.Next(3, 7);
        for (var p = 0; p < paragraphs; p++)
        {
            var a = Pick(r, Central);
            var b = Pick(r, Provincial);
            var local = new Cited("Kế hoạch", $"{r.Next(1, 120)}-KH/{code}", Date(r), commune ? "Đảng ủy xã" : "Ban Thường vụ Huyện ủy");
            text.AppendLine(r.Next(3) switch
            {
                0 => $"Quán triệt {Cite(a, full: r.Next(2) == 0)}, {unit} ban hành {Cite(local, full: true)} triển khai thực hiện {Cite(b, full: false)}. {Pick(r, Filler)}",
                1 => $"{Pick(r, Filler)} Tiếp tục thực hiện {Cite(a, full: true)} và {Cite(b, full: true)}, các chi bộ đã cụ thể hóa bằng kế hoạch của cấp mình.",
                _ => $"Cụ thể hóa {Cite(b, full: true)}, {unit} ban hành {Cite(local, full: false)} về thực hiện {Cite(a, full: false)}. {Pick(r, Filler)} {Pick(r, Filler)}",
            });
            text.AppendLine();
        }
        text.AppendLine("II. ĐÁNH GIÁ CHUNG");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Pick(r, Filler)} Báo cáo số {i} của {unit}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"¹ {Cite(Pick(r, Provincial), full: true)}; {Cite(Pick(r, Central), full: false)}.");
        return text.ToString();
    }

    private static string Cite(Cited c, bool full) =>
        full ? $"{c.Type} số {c.Symbol} ngày {c.Date} của {c.Issuer}" : $"{c.Type} số {c.Symbol}";

    private static string Date(Random r) => $"{r.Next(1, 29):D2}/{r.Next(1, 13):D2}/{r.Next(2013, 2023)}";

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];
}
