using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Tests.Docx;

/// <summary>A .docx made in memory with the OpenXml SDK from a report's content: real footnotes and
/// endnotes (separators included, as Word writes them), real tables, a styles part.</summary>
public static class WordFile
{
    public static byte[] Of(IEnumerable<ReportPart> parts, params Style[] extraStyles) =>
        Build(body => Fill(body, parts), extraStyles);

    /// <summary>A document whose body the caller fills; footnotes and endnotes added through the writer.</summary>
    public static byte[] Build(Action<NoteWriter> fill, params Style[] extraStyles)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }))),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "footnote reference" }, new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
                { Type = StyleValues.Character, StyleId = "FootnoteReference" },
                new Style(new StyleName { Val = "footnote text" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "FootnoteText" });
            foreach (var s in extraStyles) styles.Styles.Append(s.CloneNode(true));
            var body = new Body();
            var writer = new NoteWriter(body);
            fill(writer);
            main.Document = new Document(body);
            if (writer.Footnotes.Count > 0) main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(Separators<Footnote>().Concat(writer.Footnotes));
            if (writer.Endnotes.Count > 0) main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(Separators<Endnote>().Concat(writer.Endnotes));
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Separators<T>() where T : FootnoteEndnoteType, new() =>
    [
        new T { Type = FootnoteEndnoteValues.Separator, Id = -1, InnerXml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:r><w:separator/></w:r></w:p>" },
        new T { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0, InnerXml = "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:r><w:continuationSeparator/></w:r></w:p>" },
    ];

    private static void Fill(NoteWriter writer, IEnumerable<ReportPart> parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case Para p: writer.Body.Append(writer.Paragraph(p)); break;
                case DataTable t:
                    writer.Body.Append(Table(t.Rows.Select(r => r.Select(c => new[] { new Paragraph(TextRun(c)) }))));
                    break;
                case LayoutGrid g:
                    writer.Body.Append(Table(g.Rows.Select(r => r.Select(c => c.Select(line => new Paragraph(TextRun(line))).ToArray()))));
                    break;
            }
        }
    }

    public static Table Table(IEnumerable<IEnumerable<Paragraph[]>> rows) =>
        new([new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }), .. rows.Select(r => new TableRow(r.Select(c => new TableCell(c))))]);

    public static Run TextRun(string text, RunProperties? properties = null) =>
        new(properties is null ? [new Text(text) { Space = SpaceProcessingModeValues.Preserve }] : [properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }]);

    /// <summary>The body being written, and the notes its paragraphs reference.</summary>
    public sealed class NoteWriter(Body body)
    {
        public Body Body { get; } = body;

        public List<Footnote> Footnotes { get; } = [];

        public List<Endnote> Endnotes { get; } = [];

        public Paragraph Paragraph(Para p)
        {
            var paragraph = new Paragraph();
            if (p.Style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = p.Style }));
            foreach (var piece in p.Pieces)
            {
                switch (piece)
                {
                    case Words w:
                        var props = new RunProperties();
                        if (w.CharacterStyle is not null) props.Append(new RunStyle { Val = w.CharacterStyle });
                        if (w.Font is not null) props.Append(new RunFonts { Ascii = w.Font, HighAnsi = w.Font });
                        paragraph.Append(TextRun(w.Written ?? w.Text, props.HasChildren ? props : null));
                        break;
                    case FootnoteRef f: paragraph.Append(FootnoteReference(f.Text)); break;
                    case EndnoteRef e: paragraph.Append(EndnoteReference(e.Text)); break;
                }
            }
            return paragraph;
        }

        public Run FootnoteReference(string text)
        {
            var id = Footnotes.Count + 1;
            Footnotes.Add(new Footnote(NoteParagraph(new FootnoteReferenceMark(), text)) { Id = id });
            return new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id });
        }

        public Run EndnoteReference(string text)
        {
            var id = Endnotes.Count + 1;
            Endnotes.Add(new Endnote(NoteParagraph(new EndnoteReferenceMark(), text)) { Id = id });
            return new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new EndnoteReference { Id = id });
        }

        private static Paragraph NoteParagraph(OpenXmlElement mark, string text) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
                new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), mark),
                TextRun(" " + text));
    }
}
