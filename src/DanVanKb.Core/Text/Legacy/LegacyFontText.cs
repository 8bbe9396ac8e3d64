namespace DanVanKb.Core.Text.Legacy;

/// <summary>Text runs set in a legacy Vietnamese font, as a .docx stores them: the Windows-1252 characters
/// of the font's bytes ("Nghò quyeát" in VNI-Times, "NghÞ quyÕt" in .VnTime).</summary>
public static class LegacyFontText
{
    /// Converts the text of a run set in a legacy Vietnamese font (".VnTime", ".VnTimeH", ".VnArial", "VNI-Times", "VNI-Helve", ... matched by font family name, case-insensitive)
    /// to Unicode; returns null when fontName is not a legacy Vietnamese font.
    public static string? Convert(string? fontName, string runText)
    {
        if (LegacyFont.Of(fontName) is not { } font) return null;
        var view = Windows1252.ByteView(runText);
        if (font.Charset == LegacyCharset.Vni) return Vni.DecodeView(view, strict: false);
        var text = Tcvn3.DecodeView(view, strict: false);
        return font.Capitals ? text.ToUpperInvariant() : Tcvn3Capitals.Repair(text);
    }

    /// <summary>The run text that a legacy font needs to show <paramref name="text"/> (for an "H" font,
    /// the lowercase codes, which it draws as capitals); null when fontName is not a legacy Vietnamese
    /// font. Throws on a character the font's charset cannot hold.</summary>
    public static string? Encode(string? fontName, string text)
    {
        if (LegacyFont.Of(fontName) is not { } font) return null;
        var bytes = font.Charset == LegacyCharset.Vni ? Vni.Encode(text)
            : Tcvn3.Encode(font.Capitals ? text.ToLowerInvariant() : text);
        return new string([.. bytes.Select(b => Windows1252.CharOf(b))]);
    }
}
