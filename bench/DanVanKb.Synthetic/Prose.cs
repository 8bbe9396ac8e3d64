using System.Globalization;
using System.Text;

namespace DanVanKb.Synthetic;

/// <summary>Report sentences without citations, in the register of the real reports: situation, leadership,
/// results with figures, shortcomings, directions. Built from parts so the vocabulary varies as real text does.</summary>
internal static class Prose
{
    private static readonly string[] Actors =
    [
        "Các cấp ủy, tổ chức đảng", "Cấp ủy, chính quyền các cấp", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", "Chính quyền",
        "Đội ngũ cán bộ, đảng viên", "Ban Dân vận", "Khối dân vận", "Các chi bộ trực thuộc", "Tổ dân vận thôn, tổ dân phố",
        "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Công an", "Ban Chỉ huy Quân sự",
        "Người đứng đầu cấp ủy, chính quyền", "Cán bộ, công chức, viên chức", "Các cơ quan chuyên môn", "Ủy ban Mặt trận Tổ quốc",
    ];

    private static readonly string[] Verbs =
    [
        "đã quán triệt sâu rộng", "tích cực tuyên truyền, vận động Nhân dân thực hiện", "thường xuyên quan tâm lãnh đạo, chỉ đạo",
        "chủ động phối hợp thực hiện", "tập trung triển khai", "từng bước đổi mới", "kịp thời nắm bắt và giải quyết", "duy trì và nhân rộng",
        "nâng cao chất lượng", "tổ chức kiểm tra, giám sát", "đẩy mạnh", "làm tốt", "phát huy vai trò trong",
    ];

    private static readonly string[] Objects =
    [
        "công tác dân vận trong tình hình mới", "quy chế dân chủ ở cơ sở", "phong trào thi đua \"Dân vận khéo\"",
        "việc tiếp công dân, đối thoại trực tiếp với Nhân dân", "công tác cải cách hành chính", "xây dựng nông thôn mới",
        "các chủ trương, chính sách của Đảng, pháp luật của Nhà nước", "công tác giải quyết đơn thư, khiếu nại, tố cáo",
        "công tác giám sát và phản biện xã hội", "việc xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh",
        "công tác dân tộc, tôn giáo", "cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
        "mô hình \"Chính quyền thân thiện, vì Nhân dân phục vụ\"", "việc nắm bắt tâm tư, nguyện vọng của Nhân dân",
        "công tác phòng, chống dịch bệnh", "chuyển đổi số trong công tác dân vận", "công tác bảo vệ môi trường",
        "việc thực hiện chính sách đối với người có công, hộ nghèo, hộ cận nghèo", "công tác an ninh trật tự ở cơ sở",
    ];

    private static readonly string[] Outcomes =
    [
        "góp phần củng cố niềm tin của Nhân dân đối với Đảng, Nhà nước", "tạo sự đồng thuận cao trong Nhân dân",
        "góp phần giữ vững ổn định chính trị, trật tự an toàn xã hội", "đạt được nhiều kết quả quan trọng",
        "có sức lan tỏa trong cộng đồng", "từng bước đi vào nền nếp", "góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội",
        "được Nhân dân đồng tình, hưởng ứng", "tạo chuyển biến rõ nét về nhận thức và hành động",
    ];

    private static readonly string[] Shortcomings =
    [
        "Tuy nhiên, một số cấp ủy chưa quan tâm đúng mức đến công tác dân vận; việc đối thoại với Nhân dân có nơi còn hình thức.",
        "Việc nắm bắt tình hình Nhân dân có lúc chưa kịp thời; công tác tham mưu của một số cơ quan còn lúng túng.",
        "Kinh phí hoạt động của tổ dân vận thôn còn khó khăn; cán bộ dân vận cơ sở kiêm nhiệm nhiều việc.",
        "Một bộ phận cán bộ, đảng viên chưa thật sự gương mẫu, gần dân; tinh thần phục vụ Nhân dân có lúc chưa cao.",
        "Công tác sơ kết, tổng kết, nhân rộng mô hình điển hình có nơi chưa kịp thời; chất lượng một số mô hình chưa bền vững.",
        "Việc giải quyết một số vụ việc khiếu nại, tố cáo còn kéo dài; phối hợp giữa các cơ quan có lúc chưa chặt chẽ.",
    ];

    private static readonly string[] Situations =
    [
        "là địa bàn miền núi, có nhiều dân tộc cùng sinh sống đan xen; kinh tế chủ yếu là sản xuất nông, lâm nghiệp",
        "có vị trí thuận lợi về giao thông, kinh tế tăng trưởng khá, đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên",
        "có diện tích tự nhiên rộng, địa hình chia cắt, dân cư phân bố không đều, một số thôn còn đặc biệt khó khăn",
        "có tốc độ đô thị hóa nhanh, thương mại, dịch vụ phát triển, nhiều công trình, dự án đang triển khai trên địa bàn",
    ];

    private static readonly string[] Tails =
    [
        "trong thời gian tới", "trên địa bàn", "ở cơ sở", "theo đúng kế hoạch", "hằng năm", "trong toàn hệ thống chính trị", "gắn với nhiệm vụ chính trị của địa phương",
    ];

    public static string Sentence(Random r, Place place)
    {
        return r.Next(10) switch
        {
            < 4 => $"{Pick(r, Actors)} {Pick(r, Verbs)} {Pick(r, Objects)}, {Pick(r, Outcomes)}.",
            4 => Figures(r, place),
            5 => Figures(r, place),
            6 => $"{Pick(r, Actors)} {Pick(r, Verbs)} {Pick(r, Objects)} {Pick(r, Tails)}; {Pick(r, Verbs)} {Pick(r, Objects)}.",
            7 => Pick(r, Shortcomings),
            8 => $"Công tác dân vận {Pick(r, Tails)} được {Pick(r, ["tăng cường", "quan tâm", "đổi mới", "chú trọng"])}, {Pick(r, Outcomes)}.",
            _ => $"Thông qua {Pick(r, Objects)}, {Pick(r, Actors).ToLowerInvariant()} {Pick(r, Verbs)} {Pick(r, Objects)}.",
        };
    }

    /// <summary>A sentence with numbers: households, meetings, complaints settled, models recognised.</summary>
    public static string Figures(Random r, Place place)
    {
        var c = CultureInfo.InvariantCulture;
        // a commune has hundreds of Party members, a province tens of thousands
        var scale = place.Tier switch { Tier.Province => 100, Tier.District => 12, _ => 1 };
        var n = r.Next(12, 480);
        var m = n + r.Next(0, 60);
        var pct = (100.0 * n / m).ToString("0.0", c).Replace('.', ',');
        return r.Next(5) switch
        {
            0 => $"Toàn {place.Unit} có {r.Next(8, 60)} chi bộ, đảng bộ trực thuộc với {Thousands(r.Next(150, 700) * scale)} đảng viên; dân số {Thousands(r.Next(2500, 14000) * scale)} người.",
            1 => $"Trong kỳ, đã tổ chức {n} cuộc đối thoại với {Thousands(m * 7)} lượt người tham gia; tiếp nhận {m} đơn thư, đã giải quyết {n} đơn, đạt {pct}%.",
            2 => $"Có {n} mô hình \"Dân vận khéo\" được công nhận, trong đó {r.Next(1, 40)} mô hình tiêu biểu được biểu dương, khen thưởng.",
            3 => $"Nhân dân hiến {Thousands(r.Next(500, 30000))} m² đất, đóng góp {Thousands(r.Next(100, 9000))} ngày công và {r.Next(1, 90)} tỷ đồng để xây dựng {r.Next(2, 60)} km đường giao thông nông thôn.",
            _ => $"Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {pct}%; thu nhập bình quân đạt {r.Next(25, 90)} triệu đồng/người/năm.",
        };
    }

    /// <summary>A list item: who, and what they did, briefly.</summary>
    public static string Item(Random r, Place place) => r.Next(3) switch
    {
        0 => $"{Pick(r, Actors)}: {Pick(r, Verbs)} {Pick(r, Objects)}.",
        1 => $"{Pick(r, Actors)}: {Figures(r, place)}",
        _ => $"Về {Pick(r, Objects)}: {Pick(r, Outcomes)} {Pick(r, Tails)}.",
    };

    public static string Paragraph(Random r, Place place, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Sentence(r, place));
        }
        return sb.ToString();
    }

    public static string Situation(Random r, Place place) =>
        $"{place.Name} {Pick(r, Situations)}. {Figures(r, place)} {Sentence(r, place)}";

    public static string Pick(Random r, IReadOnlyList<string> items) => items[r.Next(items.Count)];

    /// <summary>12.345 (Vietnamese thousands separator).</summary>
    public static string Thousands(int n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
