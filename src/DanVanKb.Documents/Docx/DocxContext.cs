namespace DanVanKb.Documents.Docx;

/// <summary>What reading one document shares across its parts: its styles, the note numbering, and the
/// legacy fonts found converted.</summary>
internal sealed class DocxContext(StyleSheet styles)
{
    public StyleSheet Styles { get; } = styles;

    public NoteNumbering Notes { get; } = new();

    public SortedSet<string> LegacyFonts { get; } = new(StringComparer.Ordinal);
}
