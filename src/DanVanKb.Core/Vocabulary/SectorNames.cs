using System.Text.RegularExpressions;

namespace DanVanKb.Core.Vocabulary;

/// <summary>The sectors a ministry (Bộ), a provincial department (Sở) or a district office (Phòng) is named for,
/// as they are capitalised: "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội". Their lower-case words and
/// their "và" belong to the body's name ("Sở Giáo dục và Đào tạo tỉnh Nghệ An"), and a header set in capitals
/// gets their capitals back.</summary>
public static partial class SectorNames
{
    private static readonly string[] Names =
    [
        "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Nông nghiệp và Phát triển nông thôn",
        "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch", "Văn hóa và Thể thao",
        "Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Khoa học và Công nghệ", "Kế hoạch và Đầu tư",
        "Thông tin và Truyền thông", "Giao thông vận tải", "Dân tộc và Tôn giáo", "Tài chính và Kế hoạch",
        "Công Thương", "Tài chính", "Nội vụ", "Tư pháp", "Y tế", "Xây dựng", "Ngoại vụ", "Quốc phòng",
    ];

    private static readonly Dictionary<string, string> Canonical =
        Names.ToDictionary(n => Key(n), n => n, StringComparer.Ordinal);

    /// <summary>A sector's name after its body's word, in any case: "Sở GIÁO DỤC VÀ ĐÀO TẠO", "bộ tài chính".</summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?:Bộ|Sở|Phòng|BỘ|SỞ|PHÒNG|bộ|sở|phòng)\s+)(?:Lao động\s*[-,]\s*Thương binh và Xã hội|Nông nghiệp và (?:Phát triển nông thôn|Môi trường)|Văn hóa\s*[-,]\s*Thể thao và Du lịch|Văn hóa và Thể thao|Giáo dục và Đào tạo|Tài nguyên và Môi trường|Khoa học và Công nghệ|Kế hoạch và Đầu tư|Thông tin và Truyền thông|Giao thông vận tải|Dân tộc và Tôn giáo|Tài chính và Kế hoạch|Công Thương|Tài chính|Nội vụ|Tư pháp|Y tế|Xây dựng|Ngoại vụ|Quốc phòng)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>The text with each sector name after Bộ, Sở or Phòng written as it is capitalised.</summary>
    public static string Capitalize(string text) =>
        Pattern().Replace(text, m => Canonical.GetValueOrDefault(Key(m.Value), m.Value));

    private static string Key(string name) => Regex.Replace(name.ToLowerInvariant().Replace("hoá", "hóa", StringComparison.Ordinal), @"\s*([-,])\s*", "$1");
}
