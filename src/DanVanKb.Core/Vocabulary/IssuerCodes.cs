using System.Text.RegularExpressions;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Vocabulary;

/// <summary>Issuer codes of symbols, as data (domain.md: TW, TU, HU, ĐU, BDV…, KDV, ĐUCA, QUTW, BCSĐ;
/// State bodies TTg, CP, QH, UBND…).</summary>
public static partial class IssuerCodes
{
    public static IReadOnlyList<IssuerCode> All { get; } =
    [
        new("TW", true, Level.Central, "Trung ương", null),
        new("QUTW", true, Level.Central, "Quân ủy Trung ương", null),
        new("BDVTW", true, Level.Central, "Ban Dân vận Trung ương", null),
        new("BTGTW", true, Level.Central, "Ban Tuyên giáo Trung ương", null),
        new("BTCTW", true, Level.Central, "Ban Tổ chức Trung ương", null),
        new("UBKTTW", true, Level.Central, "Ủy ban Kiểm tra Trung ương", null),
        new("ĐUCA", true, Level.Agency, "Đảng ủy Công an tỉnh", Level.Province),
        new("ĐUCATP", true, Level.Agency, "Đảng ủy Công an thành phố", Level.District),
        new("ĐUCAH", true, Level.Agency, "Đảng ủy Công an huyện", Level.District),
        new("ĐUQS", true, Level.Agency, "Đảng ủy Quân sự", null),
        new("TU", true, Level.Province, "Tỉnh ủy", Level.Province),
        new("TƯ", true, Level.Central, "Trung ương", null),
        new("HU", true, Level.District, "Huyện ủy", Level.District),
        new("QU", true, Level.District, "Quận ủy", Level.District),
        new("ĐU", true, Level.Commune, "Đảng ủy", Level.Commune),
        new("BDVTU", true, Level.Agency, "Ban Dân vận Tỉnh ủy", Level.Province),
        new("BDVHU", true, Level.Agency, "Ban Dân vận Huyện ủy", Level.District),
        new("BDVĐU", true, Level.Agency, "Ban Dân vận Đảng ủy", Level.Commune),
        new("BDV", true, Level.Agency, "Ban Dân vận", null),
        new("KDV", true, Level.Commune, "Khối Dân vận", Level.Commune),
        new("KDVĐU", true, Level.Commune, "Khối Dân vận Đảng ủy", Level.Commune),
        new("BCSĐ", true, Level.Agency, "Ban cán sự đảng", null),
        new("BCĐ", true, Level.Agency, "Ban Chỉ đạo", null),
        new("TTg", false, Level.Central, "Thủ tướng Chính phủ", null),
        new("CP", false, Level.Central, "Chính phủ", null),
        new("HĐBT", false, Level.Central, "Hội đồng Bộ trưởng", null),
        new("QH", false, Level.Central, "Quốc hội", null),
        new("UBTVQH", false, Level.Central, "Ủy ban Thường vụ Quốc hội", null),
        new("BNV", false, Level.Central, "Bộ Nội vụ", null),
        new("BCA", false, Level.Central, "Bộ Công an", null),
        new("BQP", false, Level.Central, "Bộ Quốc phòng", null),
        new("BTP", false, Level.Central, "Bộ Tư pháp", null),
        new("BTTTT", false, Level.Central, "Bộ Thông tin và Truyền thông", null),
        new("UBND", false, null, "Ủy ban nhân dân", null),
        new("HĐND", false, null, "Hội đồng nhân dân", null),
        new("MTTQ", false, Level.Agency, "Mặt trận Tổ quốc", null),
        new("MT", false, Level.Agency, "Mặt trận Tổ quốc", null),
        new("CATP", false, Level.Agency, "Công an thành phố", Level.District),
        new("CAT", false, Level.Agency, "Công an tỉnh", Level.Province),
        new("CAH", false, Level.Agency, "Công an huyện", Level.District),
        new("CCB", false, Level.Agency, "Hội Cựu chiến binh", null),
        new("SNV", false, Level.Agency, "Sở Nội vụ", Level.Province),
        new("STP", false, Level.Agency, "Sở Tư pháp", Level.Province),
        new("STC", false, Level.Agency, "Sở Tài chính", Level.Province),
        new("SNN", false, Level.Agency, "Sở Nông nghiệp và Phát triển nông thôn", Level.Province),
        new("SYT", false, Level.Agency, "Sở Y tế", Level.Province),
        new("SGDĐT", false, Level.Agency, "Sở Giáo dục và Đào tạo", Level.Province),
        new("SKHĐT", false, Level.Agency, "Sở Kế hoạch và Đầu tư", Level.Province),
        new("STNMT", false, Level.Agency, "Sở Tài nguyên và Môi trường", Level.Province),
        new("SXD", false, Level.Agency, "Sở Xây dựng", Level.Province),
        new("SCT", false, Level.Agency, "Sở Công Thương", Level.Province),
        new("STTTT", false, Level.Agency, "Sở Thông tin và Truyền thông", Level.Province),
        new("SLĐTBXH", false, Level.Agency, "Sở Lao động - Thương binh và Xã hội", Level.Province),
        new("SGTVT", false, Level.Agency, "Sở Giao thông vận tải", Level.Province),
        new("SVHTTDL", false, Level.Agency, "Sở Văn hóa, Thể thao và Du lịch", Level.Province),
        new("SKHCN", false, Level.Agency, "Sở Khoa học và Công nghệ", Level.Province),
        new("BDT", false, Level.Agency, "Ban Dân tộc", Level.Province),
        new("BTC", false, Level.Central, "Bộ Tài chính", null),
        new("BNNPTNT", false, Level.Central, "Bộ Nông nghiệp và Phát triển nông thôn", null),
        new("BLĐTBXH", false, Level.Central, "Bộ Lao động - Thương binh và Xã hội", null),
        new("LĐTBXH", false, Level.Central, "Bộ Lao động - Thương binh và Xã hội", null),
        new("BKHĐT", false, Level.Central, "Bộ Kế hoạch và Đầu tư", null),
        new("BYT", false, Level.Central, "Bộ Y tế", null),
        new("BGDĐT", false, Level.Central, "Bộ Giáo dục và Đào tạo", null),
        new("BTNMT", false, Level.Central, "Bộ Tài nguyên và Môi trường", null),
        new("BXD", false, Level.Central, "Bộ Xây dựng", null),
        new("BCT", false, Level.Central, "Bộ Công Thương", null),
        new("BVHTTDL", false, Level.Central, "Bộ Văn hóa, Thể thao và Du lịch", null),
        new("BGTVT", false, Level.Central, "Bộ Giao thông vận tải", null),
        new("BKHCN", false, Level.Central, "Bộ Khoa học và Công nghệ", null),
        new("TTCP", false, Level.Central, "Thanh tra Chính phủ", null),
        new("VPCP", false, Level.Central, "Văn phòng Chính phủ", null),
        new("UBDT", false, Level.Central, "Ủy ban Dân tộc", null),
        new("NHNN", false, Level.Central, "Ngân hàng Nhà nước Việt Nam", null),
    ];

    private static readonly Dictionary<string, IssuerCode> ByCode =
        All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?<base>QH|UBTVQH)(?<term>\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithTerm();

    public static IssuerCode? Find(string code)
    {
        if (ByCode.TryGetValue(code, out var found)) return found;
        var m = WithTerm().Match(code);
        if (m.Success) return ByCode[m.Groups["base"].Value];
        // Ban Dân vận codes combine with the committee (BDVTU, BDVHU); Đảng ủy codes with a body (ĐUCATP)
        if (code.StartsWith("BDV", StringComparison.OrdinalIgnoreCase)) return ByCode["BDV"];
        if (code.StartsWith("BCSĐ", StringComparison.OrdinalIgnoreCase)) return ByCode["BCSĐ"];
        if (code.StartsWith("ĐUCA", StringComparison.OrdinalIgnoreCase)) return ByCode["ĐUCA"];
        if (code.StartsWith("KDV", StringComparison.OrdinalIgnoreCase)) return ByCode["KDV"];
        return null;
    }

    public static bool IsParty(string code) => Find(code)?.Party ?? false;

    /// <summary>The khóa of a legislature code (QH15 → 15).</summary>
    public static int? Term(string code)
    {
        var m = WithTerm().Match(code);
        return m.Success ? int.Parse(m.Groups["term"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Codes with lower-case letters that symbols really use; any other lower case means the
    /// text is a word, not a code.</summary>
    public static IReadOnlySet<string> MixedCaseCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "TTg", "CTr", "Ctr", "CTrPH", "CtrPH", "QĐi", "TTr", "CTrHĐ",
    };
}
