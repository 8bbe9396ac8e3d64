using System.Globalization;
using System.Text;

namespace DanVanKb.Documents.Docx;

/// <summary>The report's text, one line at a time with its origin, refusing the file once it passes the
/// character limit (so a huge document stops being read, instead of filling memory).</summary>
internal sealed class ReportTextBuilder(int maxChars)
{
    private readonly StringBuilder text = new();
    private readonly List<LineOrigin> lines = [];

    public string Text => text.ToString();

    public IReadOnlyList<LineOrigin> Lines => lines;

    public bool IsEmpty => lines.Count == 0;

    /// <summary>Adds the line unless it is blank; says whether it did.</summary>
    public bool Add(string line, LinePart part, int number, int? row = null)
    {
        var clean = Clean(line);
        if (clean.Trim().Length == 0) return false;
        if ((long)text.Length + clean.Length + 1 > maxChars) throw TooMuchText(maxChars);
        text.Append(clean).Append('\n');
        lines.Add(new LineOrigin(lines.Count + 1, part, number, row));
        return true;
    }

    public static UnreadableFileException TooMuchText(int maxChars) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"{FileRefusals.TooLarge}: the Word document holds more than {maxChars:N0} characters of text (a report holds tens of thousands)"));

    /// <summary>One line: no line breaks inside; spaces trimmed, tabs kept (they separate a row's cells).</summary>
    private static string Clean(string line)
    {
        var s = line.IndexOfAny(['\r', '\n', '\f', '\v', '\u2028', '\u2029']) < 0 ? line
            : string.Concat(line.Select(c => c is '\r' or '\n' or '\f' or '\v' or '\u2028' or '\u2029' ? ' ' : c));
        return s.Trim(' ', '\u00A0', '\u3000');
    }
}
