using System.Globalization;

namespace DanVanKb.Synthetic;

/// <summary>The central documents reports cite: a set of real ones with their real dates (domain.md) and a
/// few hundred more in the same forms: Party symbols (25-NQ/TW, 43-KL/TW, 23-QĐ/TW, 01-HD/BDVTW) and State
/// ones (33/CT-TTg, 76/NQ-CP, 30/2020/NĐ-CP, 10/2022/QH15, 01/2021/TT-BNV). Each symbol and year occurs once.</summary>
public static class CentralCatalog
{
    private static readonly (string Type, string Symbol, string Date, string Issuer, string Title)[] Known =
    [
        ("Nghị quyết", "25-NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng khóa XI", "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        ("Kết luận", "43-KL/TW", "2019-01-07", "Ban Bí thư", "tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        ("Chỉ thị", "33/CT-TTg", "2021-11-26", "Thủ tướng Chính phủ", "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới"),
        ("Quyết định", "23-QĐ/TW", "2021-07-30", "Bộ Chính trị", "ban hành Quy chế công tác dân vận của hệ thống chính trị"),
        ("Kết luận", "114-KL/TW", "2015-07-14", "Ban Bí thư", "nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"),
        ("Quyết định", "290-QĐ/TW", "2010-02-25", "Bộ Chính trị khóa X", "ban hành Quy chế công tác dân vận của hệ thống chính trị"),
        ("Chỉ thị", "16/CT-TTg", "2016-05-16", "Thủ tướng Chính phủ", "tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp"),
        ("Quyết định", "217-QĐ/TW", "2013-12-12", "Bộ Chính trị", "ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"),
        ("Quyết định", "218-QĐ/TW", "2013-12-12", "Bộ Chính trị", "ban hành Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền"),
        ("Chỉ thị", "49-CT/TW", "2015-10-20", "Ban Bí thư", "tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào có đạo"),
        ("Chỉ thị", "18-CT/TW", "2022-10-26", "Ban Bí thư", "phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội"),
        ("Nghị quyết", "26-NQ/TW", "2018-05-19", "Ban Chấp hành Trung ương Đảng khóa XII", "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ"),
        ("Kết luận", "62-KL/TW", "2009-12-08", "Bộ Chính trị khóa X", "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"),
        ("Kết luận", "03-KL/TW", "2016-05-13", "Ban Bí thư", "tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị khóa X về Quy chế công tác dân vận của hệ thống chính trị"),
        ("Chương trình", "01-CTr/BDVTW", "2021-06-17", "Ban Dân vận Trung ương", "thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận"),
        ("Nghị định", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ", "công tác văn thư"),
        ("Luật", "10/2022/QH15", "2022-11-10", "Quốc hội khóa XV", "Thực hiện dân chủ ở cơ sở"),
        ("Nghị định", "59/2023/NĐ-CP", "2023-08-14", "Chính phủ", "quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở"),
        ("Thông báo", "160-TB/TW", "2020-01-15", "Bộ Chính trị", "tiếp tục thực hiện Kết luận số 62-KL/TW của Bộ Chính trị khóa X"),
        ("Quyết định", "99-QĐ/TW", "2017-10-03", "Ban Bí thư", "ban hành Khung hướng dẫn các cấp ủy đảng tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ];

    private static readonly (string Type, string Code, string Issuer, bool Party, bool YearInSymbol)[] Forms =
    [
        ("Nghị quyết", "NQ", "Ban Chấp hành Trung ương Đảng", true, false),
        ("Nghị quyết", "NQ", "Bộ Chính trị", true, false),
        ("Kết luận", "KL", "Bộ Chính trị", true, false),
        ("Kết luận", "KL", "Ban Bí thư", true, false),
        ("Chỉ thị", "CT", "Ban Bí thư", true, false),
        ("Chỉ thị", "CT", "Bộ Chính trị", true, false),
        ("Quy định", "QĐi", "Bộ Chính trị", true, false),
        ("Quyết định", "QĐ", "Ban Bí thư", true, false),
        ("Thông báo", "TB", "Ban Bí thư", true, false),
        ("Hướng dẫn", "HD", "Ban Dân vận Trung ương", true, false),
        ("Chỉ thị", "CT", "Thủ tướng Chính phủ", false, false),
        ("Quyết định", "QĐ", "Thủ tướng Chính phủ", false, true),
        ("Nghị quyết", "NQ", "Chính phủ", false, false),
        ("Nghị định", "NĐ", "Chính phủ", false, true),
        ("Thông tư", "TT", "Bộ Nội vụ", false, true),
    ];

    /// <summary>The real documents first (25-NQ/TW is index 0, 43-KL/TW 1, 33/CT-TTg 2), then <paramref name="generated"/> more.</summary>
    public static IReadOnlyList<SyntheticDocument> Build(ulong seed, int generated = 320)
    {
        var docs = Known.Select(k => new SyntheticDocument(k.Type, k.Symbol, DateOnly.ParseExact(k.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), k.Issuer, k.Title, Tier.Central)).ToList();
        var taken = new HashSet<string>(docs.Select(d => $"{d.Symbol}|{d.Date.Year}"), StringComparer.Ordinal);
        for (var i = 0; docs.Count < Known.Length + generated; i++)
        {
            var h = Mix.Of(seed, 2, (ulong)i);
            var form = Forms[Mix.Below(h, Forms.Length)];
            var date = new DateOnly(2006, 1, 1).AddDays(Mix.Below(Mix.Of(h, 1), 18 * 365));
            var number = 1 + Mix.Below(Mix.Of(h, 2), form.Party ? 300 : 120);
            var code = form.Issuer switch
            {
                "Thủ tướng Chính phủ" => "TTg",
                "Chính phủ" => "CP",
                "Bộ Nội vụ" => "BNV",
                "Ban Dân vận Trung ương" => "BDVTW",
                _ => "TW",
            };
            var symbol = form.Party ? $"{number:D2}-{form.Code}/{code}"
                : form.YearInSymbol ? $"{number}/{date.Year}/{form.Code}-{code}" : $"{number}/{form.Code}-{code}";
            if (!taken.Add($"{symbol}|{date.Year}")) continue;
            var issuer = form.Party && form.Issuer.StartsWith("Ban Chấp hành", StringComparison.Ordinal) ? $"{form.Issuer} khóa {Term(date.Year)}" : form.Issuer;
            docs.Add(new SyntheticDocument(form.Type, symbol, date, issuer, Topics.Central[Mix.Below(Mix.Of(h, 3), Topics.Central.Length)], Tier.Central));
        }
        return docs;
    }

    /// <summary>The Party congress term (khóa) a year falls in.</summary>
    public static string Term(int year) => year switch
    {
        < 2011 => "X",
        < 2016 => "XI",
        < 2021 => "XII",
        _ => "XIII",
    };
}
