using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Documents.Docx;

/// <summary>The one place where text set in a legacy Vietnamese font (.VnTime, .VnTimeH, VNI-Times …) is
/// turned into Unicode. Such runs store one byte-code per letter and rely on the font to draw it.</summary>
internal static class LegacyRuns
{
    /// <summary>The text in Unicode, or null when the font is not a legacy Vietnamese font.</summary>
    public static string? Convert(string? fontName, string runText) => LegacyFontText.Convert(fontName, runText);
}
