namespace DanVanKb.Synthetic;

/// <summary>The four levels of the administration (domain.md "Levels").</summary>
public enum Tier
{
    Central,
    Province,
    District,
    Commune,
}
