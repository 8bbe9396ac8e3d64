namespace DanVanKb.Core.Text.Legacy;

/// <summary>A legacy Vietnamese font family, by name: the ABC fonts (".VnTime", ".VnArial NarrowH" …: a
/// leading dot and "Vn") use TCVN3, and those whose name ends in H draw every letter as a capital; the VNI
/// fonts ("VNI-Times", "VNI-Helve" …) use VNI-Windows.</summary>
public sealed record LegacyFont(LegacyCharset Charset, bool Capitals)
{
    public static LegacyFont? Of(string? fontName)
    {
        var name = fontName?.Trim() ?? "";
        if (name.Length > 4 && name.StartsWith("VNI", StringComparison.OrdinalIgnoreCase) && name[3] is '-' or ' ' or '_')
            return new LegacyFont(LegacyCharset.Vni, false);
        if (name.Length > 3 && name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return new LegacyFont(LegacyCharset.Tcvn3, name.EndsWith('H') || name.EndsWith('h'));
        return null;
    }
}
