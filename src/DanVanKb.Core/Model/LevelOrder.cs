namespace DanVanKb.Core.Model;

/// <summary>The territorial levels top down (domain.md): a body carries out what a body at its own level or
/// above issued, never what one below it issued. Agencies stand outside the order.</summary>
public static class LevelOrder
{
    /// <summary>Whether <paramref name="upper"/> is strictly above <paramref name="lower"/> (Central above
    /// Province above District above Commune); false when either is an agency or unknown.</summary>
    public static bool IsAbove(Level? upper, Level? lower) =>
        upper is { } u && lower is { } l && u != Level.Agency && l != Level.Agency && u < l;
}
