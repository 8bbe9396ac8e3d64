using System.Text;

namespace DanVanKb.Synthetic;

/// <summary>A paragraph with its footnotes: the markers go into the text, the notes come after the paragraph,
/// and a page break may cut the paragraph in two (even inside a word pair) with the notes of the first half
/// between the halves, as converted Word/PDF files show it.</summary>
internal sealed class ParagraphBuilder(FootnoteCounter counter)
{
    private readonly StringBuilder text = new();
    private readonly List<(int Offset, string Line)> notes = [];

    public int Length => text.Length;

    public ParagraphBuilder Add(string s)
    {
        text.Append(s);
        return this;
    }

    /// <summary>Puts a footnote marker at the end of the text so far and keeps the note.</summary>
    public ParagraphBuilder Note(string note)
    {
        var marker = counter.Next();
        text.Append(marker);
        notes.Add((text.Length, marker + " " + note));
        return this;
    }

    /// <summary>The paragraph and its notes as lines separated by blank lines; cut by a page break when <paramref name="pageBreak"/>.</summary>
    public void WriteTo(StringBuilder output, Random r, bool pageBreak)
    {
        var s = text.ToString();
        var cut = -1;
        if (pageBreak && s.Length > 300)
        {
            var from = s.Length / 3 + r.Next(s.Length / 3);
            cut = s.IndexOf(' ', from);
        }
        if (cut <= 0)
        {
            output.Append(s).Append("\n\n");
            foreach (var (_, line) in notes) output.Append(line).Append("\n\n");
            return;
        }
        output.Append(s, 0, cut).Append("\n\n");
        foreach (var (_, line) in notes.Where(n => n.Offset <= cut)) output.Append(line).Append("\n\n");
        output.Append(s, cut + 1, s.Length - cut - 1).Append("\n\n");
        foreach (var (_, line) in notes.Where(n => n.Offset > cut)) output.Append(line).Append("\n\n");
    }
}

/// <summary>Numbers a report's footnotes in one style: superscripts (¹, ¹³) or Pandoc's ^[6].</summary>
internal sealed class FootnoteCounter(bool pandoc)
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private int n;

    public string Next()
    {
        n++;
        var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return pandoc ? $"^[{digits}]" : string.Concat(digits.Select(c => Superscripts[c - '0']));
    }
}
