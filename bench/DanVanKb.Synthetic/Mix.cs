namespace DanVanKb.Synthetic;

/// <summary>Stable hashing (SplitMix64 finalizer, FNV-1a for text): the same inputs give the same numbers on
/// every run and machine, unlike string.GetHashCode, so the corpus is a function of its seed.</summary>
internal static class Mix
{
    public static ulong Of(ulong a)
    {
        a += 0x9E3779B97F4A7C15UL;
        a = (a ^ (a >> 30)) * 0xBF58476D1CE4E5B9UL;
        a = (a ^ (a >> 27)) * 0x94D049BB133111EBUL;
        return a ^ (a >> 31);
    }

    public static ulong Of(ulong a, ulong b) => Of(Of(a) ^ b);

    public static ulong Of(ulong a, ulong b, ulong c) => Of(Of(a, b) ^ c);

    public static ulong Of(ulong a, ulong b, ulong c, ulong d) => Of(Of(a, b, c) ^ d);

    public static ulong Text(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in s)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>A number in [0, n) from a hash.</summary>
    public static int Below(ulong hash, int n) => (int)(hash % (ulong)n);

    /// <summary>A fraction in [0, 1) from a hash.</summary>
    public static double Fraction(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>A seeded System.Random (its seeded algorithm is fixed across .NET versions).</summary>
    public static Random Random(ulong hash) => new((int)(hash & 0x7FFFFFFF));
}
