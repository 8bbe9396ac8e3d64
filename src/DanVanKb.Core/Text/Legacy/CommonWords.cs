namespace DanVanKb.Core.Text.Legacy;

/// <summary>Very frequent words of Vietnamese administrative prose; their count breaks ties between
/// charsets that decode equally well.</summary>
internal static class CommonWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "của", "và", "các", "được", "những", "trong", "với", "có", "là", "đã", "này", "theo", "cho",
        "một", "người", "không", "năm", "về", "để", "việc", "trên", "đến", "từ", "nhân", "dân", "đảng",
        "thực", "hiện", "nghị", "quyết", "công", "tác", "chỉ", "thị", "kế", "hoạch", "báo", "cáo",
        "tỉnh", "huyện", "xã", "chính", "quyền", "đồng", "cấp", "ủy", "vận", "tổ", "chức",
    };
}
