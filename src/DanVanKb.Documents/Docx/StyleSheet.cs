using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>The formatting a run inherits: its own properties, then its character style, then its
/// paragraph's style (each with its basedOn chain), then the document defaults. Only what reading
/// needs: the font (legacy fonts are converted), superscript (footnote-like digits) and hidden text.</summary>
internal sealed class StyleSheet
{
    private const int MaxChain = 32;

    /// <summary>A font slot set to a theme font: the theme's fonts are Unicode fonts.</summary>
    private const string ThemeFont = "";

    private sealed record Entry(string? BasedOn, OpenXmlElement? RunProperties);

    private readonly Dictionary<string, Entry> styles;
    private readonly string? defaultParagraphStyle;
    private readonly OpenXmlElement? defaults;

    private StyleSheet(Dictionary<string, Entry> styles, string? defaultParagraphStyle, OpenXmlElement? defaults)
    {
        this.styles = styles;
        this.defaultParagraphStyle = defaultParagraphStyle;
        this.defaults = defaults;
    }

    public static readonly StyleSheet Empty = new([], null, null);

    public static StyleSheet Read(StyleDefinitionsPart? part)
    {
        if (part is null) return Empty;
        var styles = new Dictionary<string, Entry>(StringComparer.Ordinal);
        string? defaultParagraph = null;
        OpenXmlElement? defaults = null;
        foreach (var element in PartElements.At(part, 1))
        {
            if (element is DocDefaults d) defaults = d.RunPropertiesDefault?.RunPropertiesBaseStyle;
            if (element is not Style s || s.StyleId?.Value is not { } id) continue;
            styles.TryAdd(id, new Entry(s.BasedOn?.Val?.Value, s.StyleRunProperties));
            if (s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true) defaultParagraph ??= id;
        }
        return new StyleSheet(styles, defaultParagraph, defaults);
    }

    /// <summary>The font a run's text is shown in: the ASCII slot for plain ASCII text, the high-ANSI slot
    /// otherwise (where the letters of legacy Vietnamese fonts live); null for a theme font or none.</summary>
    public string? FontOf(Run run, string? paragraphStyle, string text)
    {
        var nonAscii = text.Any(c => c > '\u007F');
        var (first, second) = nonAscii ? (Slot.HighAnsi, Slot.Ascii) : (Slot.Ascii, Slot.HighAnsi);
        var font = Resolve(run, paragraphStyle, p => FontIn(p, first)) ?? Resolve(run, paragraphStyle, p => FontIn(p, second));
        return font is ThemeFont ? null : font;
    }

    public bool IsSuperscript(Run run, string? paragraphStyle) =>
        Resolve(run, paragraphStyle, p => p.GetFirstChild<VerticalTextAlignment>()?.Val?.Value is { } v ? v == VerticalPositionValues.Superscript : (bool?)null) ?? false;

    public bool IsHidden(Run run, string? paragraphStyle) =>
        Resolve(run, paragraphStyle, p => p.GetFirstChild<Vanish>() is { } v ? v.Val?.Value ?? true : (bool?)null) ?? false;

    private enum Slot
    {
        Ascii,
        HighAnsi,
    }

    private static string? FontIn(OpenXmlElement properties, Slot slot)
    {
        if (properties.GetFirstChild<RunFonts>() is not { } f) return null;
        return slot == Slot.Ascii
            ? f.AsciiTheme is not null ? ThemeFont : f.Ascii?.Value
            : f.HighAnsiTheme is not null ? ThemeFont : f.HighAnsi?.Value;
    }

    /// <summary>The first level that sets the property: the run, its character style chain, its paragraph's
    /// style chain, the defaults.</summary>
    private T? Resolve<T>(Run run, string? paragraphStyle, Func<OpenXmlElement, T?> read)
    {
        if (run.RunProperties is { } own && read(own) is { } direct) return direct;
        if (FromChain(run.RunProperties?.RunStyle?.Val?.Value, read) is { } character) return character;
        if (FromChain(paragraphStyle ?? defaultParagraphStyle, read) is { } paragraph) return paragraph;
        return defaults is null ? default : read(defaults);
    }

    private T? FromChain<T>(string? styleId, Func<OpenXmlElement, T?> read)
    {
        for (var i = 0; styleId is not null && i < MaxChain && styles.TryGetValue(styleId, out var style); i++)
        {
            if (style.RunProperties is { } p && read(p) is { } value) return value;
            styleId = style.BasedOn;
        }
        return default;
    }
}
