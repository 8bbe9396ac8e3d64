namespace DanVanKb.Core.Model;

/// <summary>Where a report comes from: the localities it names as its own ("tỉnh Bắc Kạn",
/// "thành phố Bắc Kạn", "phường Phổ Hòa"), used to place local documents the text does not place.</summary>
public sealed record ReportContext(
    string? Province,
    string? District,
    string? Commune,
    Level? OwnLevel,
    string? DistrictUnit = null,
    string? CommuneUnit = null)
{
    public static ReportContext Empty { get; } = new(null, null, null, null);

    public string? LocalityAt(Level level) => level switch
    {
        Level.Province => Province,
        Level.District => District,
        Level.Commune => Commune,
        _ => null,
    };

    /// <summary>The unit and its name as a phrase ("huyện Bạch Thông"), to complete a body's name.</summary>
    public string? UnitAt(Level level) => level switch
    {
        Level.Province => Province is null ? null : $"tỉnh {Province}",
        Level.District => District is null ? null : $"{DistrictUnit ?? "huyện"} {District}",
        Level.Commune => Commune is null ? null : $"{CommuneUnit ?? "xã"} {Commune}",
        _ => null,
    };
}
