namespace DanVanKb.Storage.Writing;

/// <summary>The order SQLite sorts text in (BINARY: its UTF-8 bytes, so by code point), for walking two of
/// its ordered results side by side. It is string.CompareOrdinal but for characters beyond U+FFFF, whose
/// UTF-16 surrogates sort below U+E000-U+FFFF and whose code points sort above.</summary>
internal static class SqliteTextOrder
{
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
            if (a[i] != b[i]) return Weight(a[i]).CompareTo(Weight(b[i]));
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Two keys, compared on the first and then on the second (ORDER BY x, y).</summary>
    public static int Compare(string a1, string a2, string b1, string b2)
    {
        var c = Compare(a1, b1);
        return c != 0 ? c : Compare(a2, b2);
    }

    /// <summary>Surrogates moved above the rest of the BMP, which keeps its order.</summary>
    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;
}
