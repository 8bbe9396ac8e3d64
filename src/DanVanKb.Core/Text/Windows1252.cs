namespace DanVanKb.Core.Text;

/// <summary>Reads bytes as Windows-1252, what most programs show for an 8-bit file whose encoding they do
/// not know: the source page sets it beside the converted text of a legacy Vietnamese file (TCVN3, VNI),
/// so a reader sees what the conversion started from. Undefined bytes read as U+FFFD.</summary>
public static class Windows1252
{
    // 0x80–0x9F; the rest of the code page is Latin-1
    private const string High = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes.ToArray(), static (chars, b) =>
        {
            for (var i = 0; i < b.Length; i++)
                chars[i] = b[i] is >= 0x80 and <= 0x9F ? High[b[i] - 0x80] : (char)b[i];
        });
}
