namespace DanVanKb.Core.Vocabulary;

/// <summary>Cities run directly by the centre: their Thành ủy and UBND thành phố are province-level,
/// unlike the Thành ủy of a provincial town.</summary>
public static class CentralCities
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
    };
}
