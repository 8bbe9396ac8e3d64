namespace DanVanKb.Documents.Docx;

/// <summary>The one place where text set in a legacy Vietnamese font (.VnTime, .VnTimeH, VNI-Times …) is
/// turned into Unicode. Such runs store one byte-code per letter and rely on the font to draw it.</summary>
internal static class LegacyRuns
{
    /// <summary>The text in Unicode, or null when the font is not a legacy Vietnamese font.</summary>
    public static string? Convert(string? fontName, string runText)
    {
        // CONNECT: Core's converter (Core/Text/Legacy/LegacyFontText.cs) is not on main yet; when it lands:
        //   return DanVanKb.Core.Text.Legacy.LegacyFontText.Convert(fontName, runText);
        _ = fontName;
        _ = runText;
        return null;
    }
}
