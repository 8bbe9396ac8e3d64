using DanVanKb.Documents.Docx;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A run's font, as Word resolves it: the run's own fonts, its character style, its paragraph's
/// style through basedOn, the document defaults; theme fonts are not legacy fonts.</summary>
public class StyleSheetTests
{
    public static readonly Style[] LegacyStyles =
    [
        new(new StyleName { Val = "Vn base" }, new StyleRunProperties(new RunFonts { Ascii = ".VnTime", HighAnsi = ".VnTime" })) { Type = StyleValues.Paragraph, StyleId = "VnBase" },
        new(new StyleName { Val = "Vn body" }, new BasedOn { Val = "VnBase" }) { Type = StyleValues.Paragraph, StyleId = "VnBody" },
        new(new StyleName { Val = "Vn heading" }, new StyleRunProperties(new RunFonts { Ascii = ".VnTimeH", HighAnsi = ".VnTimeH" })) { Type = StyleValues.Character, StyleId = "VnHeading" },
        new(new StyleName { Val = "Loop a" }, new BasedOn { Val = "LoopB" }) { Type = StyleValues.Paragraph, StyleId = "LoopA" },
        new(new StyleName { Val = "Loop b" }, new BasedOn { Val = "LoopA" }) { Type = StyleValues.Paragraph, StyleId = "LoopB" },
    ];

    [Fact]
    public void Resolves_a_runs_font_through_its_styles_to_the_defaults()
    {
        var docx = WordFile.Of(
        [
            new Para([new Words("NghÞ quyÕt")], "VnBody"),
            new Para([new Words("B¸o c¸o", CharacterStyle: "VnHeading")], "VnBody"),
            new Para([new Words("Nghiø quyeát", Font: "VNI-Times")], "VnBody"),
            new Para("Nghị quyết"),
            new Para([new Words("Nghị quyết")], "LoopA"),
        ], LegacyStyles);
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart!;
        var styles = StyleSheet.Read(main.StyleDefinitionsPart);
        var fonts = main.Document!.Body!.Elements<Paragraph>()
            .Select(p => styles.FontOf(p.Elements<Run>().Single(), p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText)).ToList();
        Assert.Equal([".VnTime", ".VnTimeH", "VNI-Times", "Times New Roman", "Times New Roman"], fonts);
    }

    [Fact]
    public void A_theme_font_is_no_named_font()
    {
        var docx = WordFile.Build(w => w.Body.Append(new Paragraph(WordFile.TextRun("Nghị quyết", new RunProperties(new RunFonts { Ascii = ".VnTime", AsciiTheme = ThemeFontValues.MinorHighAnsi, HighAnsiTheme = ThemeFontValues.MinorHighAnsi })))));
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        var styles = StyleSheet.Read(doc.MainDocumentPart!.StyleDefinitionsPart);
        Assert.Null(styles.FontOf(doc.MainDocumentPart.Document!.Body!.Descendants<Run>().Single(), null, "Nghị quyết"));
        Assert.Null(styles.FontOf(doc.MainDocumentPart.Document!.Body!.Descendants<Run>().Single(), null, "Ban"));
    }
}
