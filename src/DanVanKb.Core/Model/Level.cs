namespace DanVanKb.Core.Model;

/// <summary>The administrative level of an issuing body, from the Trung ương down to the commune.</summary>
public enum Level
{
    Central,
    Province,
    District,
    Commune,
    Agency,
}

public static class LevelNames
{
    public static string ToExport(this Level level) => level switch
    {
        Level.Central => "central",
        Level.Province => "province",
        Level.District => "district",
        Level.Commune => "commune",
        _ => "agency",
    };

    public static Level? FromExport(string? name) => name switch
    {
        "central" => Level.Central,
        "province" => Level.Province,
        "district" => Level.District,
        "commune" => Level.Commune,
        "agency" => Level.Agency,
        _ => null,
    };
}
