using System.Globalization;

namespace DanVanKb.Load;

/// <summary>Reports written from realistic pieces: a province, district or commune heading, a title naming the
/// resolution, a sentence that issues a plan implementing the level above (so the hierarchy grows), and
/// paragraphs taken from the real reports. Seeded: the same count gives the same files.</summary>
public static class SyntheticReports
{
    private static readonly string[] Provinces = ["Tuyên Quang", "Bắc Kạn", "Hà Giang", "Lào Cai", "Yên Bái", "Thái Nguyên", "Lạng Sơn", "Cao Bằng", "Phú Thọ", "Sơn La"];
    private static readonly string[] Places = ["Hàm Yên", "Chiêm Hóa", "Na Hang", "Sơn Dương", "Yên Sơn", "Lâm Bình", "Bạch Thông", "Chợ Đồn", "Ngân Sơn", "Pác Nặm", "Ba Bể", "Chợ Mới"];

    private static readonly string[] Stock =
    [
        "Các cấp ủy, tổ chức đảng đã quán triệt sâu rộng Nghị quyết, nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận trong tình hình mới.",
        "Phong trào thi đua \"Dân vận khéo\" được triển khai sâu rộng, có nhiều mô hình hay, cách làm sáng tạo trên các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh.",
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội đã đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, khu dân cư.",
        "Chính quyền các cấp thực hiện tốt Quy chế dân chủ ở cơ sở, công khai, minh bạch các chủ trương, chính sách liên quan trực tiếp đến Nhân dân.",
        "Tuy nhiên, một số cấp ủy chưa quan tâm đúng mức đến công tác dân vận; việc đối thoại với Nhân dân có nơi còn hình thức.",
        "Công tác dân vận của lực lượng vũ trang được thực hiện tích cực, giúp Nhân dân phòng, chống thiên tai, xây dựng nông thôn mới.",
    ];

    /// <summary>Writes <paramref name="count"/> reports into <paramref name="folder"/>, with paragraphs drawn from the .txt files of <paramref name="samples"/>.</summary>
    public static void Write(string folder, int count, IEnumerable<string> samples)
    {
        Directory.CreateDirectory(folder);
        var paragraphs = samples.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadAllText(f).Split('\n'))
            .Select(p => p.Trim()).Where(p => p.Length is > 80 and < 1200).Concat(Stock).ToArray();
        var random = new Random(25);
        for (var i = 0; i < count; i++)
        {
            var province = Provinces[i % Provinces.Length];
            var place = Places[random.Next(Places.Length)] + " " + (i / Places.Length).ToString(CultureInfo.InvariantCulture);
            var level = i % 3;
            var body = string.Join("\n\n", Enumerable.Range(0, 12).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            File.WriteAllText(Path.Combine(folder, $"tong-hop-{i:D4}.txt"), Report(i, level, province, place, body));
        }
    }

    private static string Report(int i, int level, string province, string place, string body)
    {
        var n = (100 + i).ToString(CultureInfo.InvariantCulture);
        var parent = (100 + i - 1).ToString(CultureInfo.InvariantCulture);
        var (unit, code, own) = level switch
        {
            0 => ($"ĐẢNG BỘ TỈNH {province.ToUpperInvariant()}\nTỈNH ỦY", "TU", $"Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số {n}-CTr/TU thực hiện Nghị quyết số 25-NQ/TW"),
            1 => ($"ĐẢNG BỘ TỈNH {province.ToUpperInvariant()}\nHUYỆN ỦY {place.ToUpperInvariant()}", "HU", $"Ban Thường vụ Huyện ủy ban hành Kế hoạch số {n}-KH/HU thực hiện Chương trình hành động số {parent}-CTr/TU của Tỉnh ủy"),
            _ => ($"ĐẢNG BỘ HUYỆN {place.ToUpperInvariant()}\nĐẢNG ỦY XÃ {place.ToUpperInvariant()}", "ĐU", $"Đảng ủy xã ban hành Kế hoạch số {n}-KH/ĐU thực hiện Kế hoạch số {parent}-KH/HU của Huyện ủy"),
        };
        var day = 1 + (i % 27);
        var month = 1 + (i % 12);
        return $"""
            {unit}
            *
            Số {n}-BC/{code}

            ĐẢNG CỘNG SẢN VIỆT NAM

            {place}, ngày {day:D2} tháng {month:D2} năm 2023

            BÁO CÁO
            tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI

            Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng, ngày {day:D2}/{month:D2}/2014 {own}.

            {body}
            """;
    }
}
