namespace DanVanKb.Documents.Docx;

/// <summary>Numbers notes in the order the text references them, footnotes and endnotes in one sequence
/// (as a plain-text conversion shows them), so each marker names exactly one note.</summary>
internal sealed class NoteNumbering
{
    private readonly Dictionary<(NoteKind, long), int> numbers = [];

    public NoteRef Reference(NoteKind kind, long id)
    {
        if (!numbers.TryGetValue((kind, id), out var number)) numbers[(kind, id)] = number = numbers.Count + 1;
        return new NoteRef(kind, id, number);
    }
}
