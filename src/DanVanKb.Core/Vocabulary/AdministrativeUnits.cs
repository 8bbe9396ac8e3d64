using DanVanKb.Core.Model;

namespace DanVanKb.Core.Vocabulary;

/// <summary>Words that name an administrative unit, and the level each sits at.</summary>
public static class AdministrativeUnits
{
    public static IReadOnlyList<(string Word, Level Level)> Words { get; } =
    [
        ("thành phố", Level.District),
        ("thị xã", Level.District),
        ("thị trấn", Level.Commune),
        ("tỉnh", Level.Province),
        ("huyện", Level.District),
        ("quận", Level.District),
        ("phường", Level.Commune),
        ("xã", Level.Commune),
    ];
}
