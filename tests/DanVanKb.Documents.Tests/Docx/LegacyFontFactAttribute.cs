namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A test of legacy-font conversion: it runs once Core has its converter
/// (DanVanKb.Core.Text.Legacy.LegacyFontText); until then it is skipped, saying so.</summary>
public sealed class LegacyFontFactAttribute : FactAttribute
{
    public LegacyFontFactAttribute()
    {
        if (typeof(DanVanKb.Core.Text.DecodedReport).Assembly.GetType("DanVanKb.Core.Text.Legacy.LegacyFontText") is null)
            Skip = "Core's legacy-font converter (Core/Text/Legacy/LegacyFontText.cs) is not in this build yet";
    }
}
