using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>The single entry point of the extraction core: report text in, documents and relations out.
/// Pure: no I/O, no exceptions for messy text (oddities become diagnostics).</summary>
public static class Extractor
{
    public static ExtractionResult Extract(string text)
    {
        var lines = new LineIndex(text);
        var blocks = BlockReader.Read(TextNormalizer.Normalize(text));
        var header = ReportHeaderReader.Read(blocks);
        var context = header.Info.Context;

        var units = Units(blocks).Where(u => u.Block != header.NumberBlock).ToList();
        var located = units.SelectMany(u => MentionReader.Read(u, context, lines)).ToList();
        located.AddRange(NameAliases.Mentions(units, located, NameAliases.Read(located), lines));
        ApplyTableColumns(located, blocks, context);
        var resolution = DocumentResolver.Resolve(located, context);

        var documents = new List<CitedDocument> { OwnDocument(header.Info) };
        documents.AddRange(resolution.Documents);
        var layout = new RelationReader.Layout(header.TitleBlock, header.OpeningBlock, header.PreambleEnd, header.BodyStart, header.Headerless);
        var relations = RelationReader.Read(located, resolution.DocumentOfMention, documents, blocks, layout, lines);
        var placed = GovernedIssuers.Place(documents, relations, located, context);
        var diagnostics = Diagnose(located, resolution.DocumentOfMention);
        return new ExtractionResult(header.Info, [.. located.Select(m => m.Mention)], placed, relations, diagnostics);
    }

    private static IEnumerable<TextUnit> Units(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.TableRow)
            {
                for (var c = 0; c < b.Cells.Count; c++)
                    if (b.Cells[c].Length > 0) yield return new TextUnit(b.Cells[c], i, c, false, true);
            }
            else
            {
                yield return new TextUnit(b.Text, i, null, b.Kind == BlockKind.Footnote, false);
            }
        }
    }

    /// <summary>An appendix row's "Cơ quan ban hành" and "Nội dung" columns complete its document's issuer and title.</summary>
    private static void ApplyTableColumns(List<LocatedMention> located, IReadOnlyList<Block> blocks, ReportContext context)
    {
        var layouts = RelationReader.TableLayouts(blocks);
        for (var i = 0; i < located.Count; i++)
        {
            var m = located[i];
            if (!m.Unit.InTable || m.Mention.Kind != MentionKind.Full || !layouts.TryGetValue(m.Unit.Block, out var layout)) continue;
            if (!layout.IsDocumentCell(m.Unit.Cell ?? 0)) continue;
            var cells = blocks[m.Unit.Block].Cells;
            var mention = m.Mention;
            if (mention.Issuer is null && layout.IssuerColumn is int ic && ic < cells.Count && cells[ic].Length > 0)
                mention = mention with { Issuer = IssuerReader.Read(cells[ic].Text, context) };
            if (mention.Title is null && layout.ContentColumn is int cc && cc < cells.Count && cells[cc].Length > 0)
                mention = mention with { Title = MentionReader.CleanTitle(cells[cc].Text) };
            located[i] = m with { Mention = mention };
        }
    }

    private static CitedDocument OwnDocument(ReportInfo info) =>
        new(CitedDocument.OwnId, info.Type, info.Symbol, info.Date, info.Issuer, info.Title, [], []);

    private static List<Diagnostic> Diagnose(IReadOnlyList<LocatedMention> located, IReadOnlyList<string?> docOf)
    {
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < located.Count; i++)
        {
            var m = located[i].Mention;
            if (m.Kind == MentionKind.Short && docOf[i] is null)
                diagnostics.Add(new Diagnostic("unresolved-short", $"'{m.Written}' names no document cited in full in this report", m.Span));
            if (m.Kind == MentionKind.Full && m.DateWritten is not null && m.Date is null)
                diagnostics.Add(new Diagnostic("impossible-date", $"{m.Symbol} is dated '{m.DateWritten}', which is not a date", m.Span));
        }
        if (!located.Any(m => m.Mention.Kind == MentionKind.Full))
            diagnostics.Add(new Diagnostic("no-citations", "no document symbol found in the text", null));
        return diagnostics;
    }
}
