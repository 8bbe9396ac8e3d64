using System.Text;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>The plain-text form of a report's content, as a converted report has it: one paragraph a
/// line, notes numbered in the order referenced with superscript markers and each note's line right after
/// its paragraph, tables as tab-separated rows, layout tables column by column.</summary>
public static class PlainText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Of(IEnumerable<ReportPart> parts)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var part in parts)
        {
            switch (part)
            {
                case Para p:
                    var notes = new List<string>();
                    foreach (var piece in p.Pieces)
                    {
                        switch (piece)
                        {
                            case Words w: text.Append(w.Text); break;
                            case FootnoteRef f: text.Append(Marker(++number)); notes.Add($"{Marker(number)} {f.Text}"); break;
                            case EndnoteRef e: text.Append(Marker(++number)); notes.Add($"{Marker(number)} {e.Text}"); break;
                        }
                    }
                    text.Append('\n');
                    foreach (var note in notes) text.Append(note).Append('\n');
                    break;
                case DataTable t:
                    foreach (var row in t.Rows) text.AppendJoin('\t', row).Append('\n');
                    break;
                case LayoutGrid g:
                    for (var c = 0; c < g.Rows.Max(r => r.Length); c++)
                        foreach (var row in g.Rows.Where(r => c < r.Length))
                            foreach (var line in row[c]) text.Append(line).Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    public static string Marker(int number) => string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => Superscripts[c - '0']));
}
