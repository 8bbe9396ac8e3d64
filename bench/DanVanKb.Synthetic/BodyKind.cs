namespace DanVanKb.Synthetic;

/// <summary>Which body of a place issues: its Party committee, its People's Committee (UBND), or the Party
/// committee's Ban Dân vận (province and district only).</summary>
public enum BodyKind
{
    Party,
    State,
    DanVan,
}
