namespace DanVanKb.Synthetic;

/// <summary>A province, district or commune: its unit word ("tỉnh", "huyện", "thành phố", "xã", "phường"…),
/// its name, and the place above it (-1 for a province).</summary>
public sealed record Place(int Id, Tier Tier, string Unit, string Name, int Parent)
{
    /// <summary>"huyện Hàm Yên", "xã Thái Sơn".</summary>
    public string Named => $"{Unit} {Name}";

    /// <summary>"HUYỆN HÀM YÊN", for the heading block.</summary>
    public string Upper => Named.ToUpperInvariant();

    /// <summary>A town (thành phố, thị xã) rather than a rural district: its Party committee is a Thành ủy or Thị ủy and writes /TU.</summary>
    public bool IsTown => Unit is "thành phố" or "thị xã";
}
