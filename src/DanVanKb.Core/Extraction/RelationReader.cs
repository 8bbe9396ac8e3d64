using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads the relations a report states, each with its evidence: a cue between two citations
/// ("Kế hoạch A về triển khai thực hiện Chỉ thị B"), a clause that opens with what it carries out
/// ("Thực hiện B, … ban hành A"), a sentence whose footnote lists the documents that carry something out,
/// an appendix row whose content names what it carries out, and the report's own title.</summary>
internal sealed partial class RelationReader
{
    private const int MaxGap = 200;
    private const int EvidenceContext = 600;

    private readonly IReadOnlyList<LocatedMention> mentions;
    private readonly IReadOnlyList<string?> docOf;
    private readonly IReadOnlyDictionary<string, CitedDocument> documents;
    private readonly LineIndex lines;
    private readonly Layout layout;
    private readonly List<Relation> relations = [];
    private readonly HashSet<(string, string, RelationType)> seen = [];

    /// <summary>Documents already said to carry something out.</summary>
    private readonly HashSet<string> acting = [];

    /// <summary>The paragraphs under a purpose heading, whose lead-ins speak for the text.</summary>
    private HashSet<int> purpose = [];

    /// <summary>Each text unit's citations that name a document, in text order.</summary>
    private readonly Dictionary<TextUnit, List<int>> citesOf = [];

    /// <summary>Where the text's own parts are: its title, its opening paragraph, the end of its preamble, its
    /// first section heading, and whether it has a header at all (a news item has none).</summary>
    public sealed record Layout(int? TitleBlock, int? OpeningBlock, int PreambleEnd, int BodyStart, bool Headerless);

    private RelationReader(IReadOnlyList<LocatedMention> mentions, IReadOnlyList<string?> docOf, IReadOnlyList<CitedDocument> documents, LineIndex lines, Layout layout)
    {
        this.mentions = mentions;
        this.docOf = docOf;
        this.documents = documents.ToDictionary(d => d.LocalId);
        this.lines = lines;
        this.layout = layout;
    }

    public static IReadOnlyList<Relation> Read(
        IReadOnlyList<LocatedMention> mentions,
        IReadOnlyList<string?> docOf,
        IReadOnlyList<CitedDocument> documents,
        IReadOnlyList<Block> blocks,
        Layout layout,
        LineIndex lines)
    {
        var reader = new RelationReader(mentions, docOf, documents, lines, layout);
        var byUnit = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null)
            .GroupBy(i => mentions[i].Unit).Select(g => (Unit: g.Key, Cites: g.OrderBy(i => mentions[i].Start).ToList())).ToList();
        foreach (var (unit, cites) in byUnit) reader.citesOf[unit] = cites;
        reader.headline = layout.Headerless ? Headline(blocks, byUnit.Select(u => u.Unit)) : null;
        reader.FindReproduced(blocks, byUnit);
        reader.FindListedContent(byUnit);
        reader.purpose = PurposeBlocks(blocks);
        foreach (var (unit, cites) in byUnit)
            reader.ReadUnit(unit, cites);
        reader.ReadIssuedWith(blocks, byUnit);
        reader.ReadBasisLists(blocks, byUnit.Where(u => !u.Unit.InTable).ToDictionary(u => u.Unit.Block));
        reader.ReadFootnoteLists(blocks);
        reader.ReadAboveDocuments(blocks);
        reader.ReadSpelledOut(blocks);
        reader.ReadTableRows(blocks);
        return reader.relations;
    }

    private void ReadUnit(TextUnit unit, List<int> ordered)
    {
        if (unit.InTable) return; // rows are read whole, with their columns
        foreach (var segment in ordered.GroupBy(i => mentions[i].SegmentIndex))
            ReadPairs(unit, segment.ToList());
        var preamble = !unit.InFootnote && ((unit.Block >= (layout.OpeningBlock ?? int.MaxValue) && unit.Block < layout.PreambleEnd) || purpose.Contains(unit.Block));
        foreach (var sentence in unit.Sentences)
        {
            var cites = ordered.Where(i => mentions[i].Start >= sentence.Start && mentions[i].Start < sentence.End).ToList();
            if (cites.Count == 0) continue;
            ReadLeadIns(unit, sentence, cites, preamble, beforeBody: !unit.InFootnote && unit.Block < layout.BodyStart);
            if (layout.Headerless && !unit.InFootnote)
            {
                ReadOwnActs(unit, sentence, cites);
                ReadReviewOpening(unit, sentence, cites);
                ReadAccordingly(unit, sentence, cites);
            }
            if (!unit.InFootnote) ReadOwnSupersedes(unit, sentence, cites);
            if (!unit.InFootnote) ReadOwnArticle(unit, sentence, cites);
            if (!unit.InFootnote) ReadOwnReport(unit, sentence, cites);
            ReadDirections(unit, sentence, cites);
        }
        ReadReviewHeading(unit, ordered);
        if (unit.Block == layout.TitleBlock || unit.Block == headline) ReadTitle(unit, ordered);
    }

    /// <summary>The relation a gap between two citations states. A cue counts only where it governs the
    /// second citation: no list or clause break between the first citation and the cue ("… và 05 năm thực
    /// hiện …"), nor between the cue and the second citation ("… phong trào “Dân vận khéo”, Kế hoạch …").</summary>
    private static RelationCues.Cue? Classify(string gap, CitedDocument actor, CitedDocument target)
    {
        gap = CitationPatterns.CompoundBodyName.Replace(gap, m => new string('x', m.Length));
        gap = CitationPatterns.ArticleList.Replace(gap, m => new string('x', m.Length));
        gap = RelationCues.CompoundWithComma.Replace(gap, m => m.Value.Replace(',', ' '));
        foreach (var cue in RelationCues.Ordered)
        {
            foreach (var m in cue.Pattern.Matches(gap).Reverse())
            {
                // "… (được sửa đổi tại Nghị quyết …)": a bracket after the first citation's title refers back to it
                // "… (ban hành kèm theo Quy chế ở xã, phường, thị trấn thay thế Nghị định số 29)": so does any cue in a
                // bracket left open after it, whatever commas come before
                var bracketed = (cue.Reversed && (m.Value.StartsWith('(') || gap[..m.Index].TrimEnd().EndsWith('('))) || LeavesBracketOpen(gap[..m.Index]);
                var before = RelationCues.AndInTitle.Replace(RelationCues.JoinedByAnd.Replace(gap[..m.Index], "${verb} "), " ");
                if (cue.Type is RelationType.Replaces or RelationType.Amends && !cue.Reversed) before = RelationCues.InForceThen.Replace(before, " ");
                var suffix = gap[(m.Index + m.Length)..];
                // "Thông tư A … hướng dẫn lập, quản lý, sử dụng kinh phí được sửa đổi, bổ sung bởi Thông tư B": a passive
                // cue right before B speaks of A, whatever commas A's title holds, within its sentence
                var passive = cue.Reversed && suffix.Trim().Length == 0 && !RelationCues.SentenceOrItemBreak.IsMatch(before);
                // read with the cue after it, so that a comma joining a verb to the cue ("về bãi bỏ, sửa đổi …") is seen as such
                var joined = RelationCues.JoinedVerbs.Replace(before + m.Value, " ")[..^m.Value.Length];
                if (!bracketed && !passive && RelationCues.ClauseBreak.IsMatch(joined)) continue;
                var regulation = RelationCues.RegulationIssuedWith.IsMatch(suffix);
                if (!regulation && (suffix.Length > 120 || (RelationCues.ClauseBreak.IsMatch(suffix) && !JoinsObjects(suffix)))) continue;
                // "về điều chỉnh, bổ sung nguồn vốn để thực hiện Nghị quyết …": what is amended is the funds; the document
                // is what they carry out
                if (cue.Type == RelationType.Amends && !cue.Reversed && RelationCues.CarriesOut.IsMatch(suffix)) continue;
                // a proposal (Tờ trình) asks for a document; it does not itself replace, amend or carry out one ("tờ trình …
                // về việc triển khai, thực hiện Chỉ thị 814/TTg": what carries it out is the resolution proposed)
                if (actor.Type == DocumentTypes.Proposal) return null;
                if (cue.Type == RelationType.Issues)
                {
                    if (actor.Type == "Quyết định" && target.Type is "Quy chế" or "Quy định") return cue;
                    continue;
                }
                if (cue.Type == RelationType.Implements && actor.Type == DocumentTypes.Guidance)
                    return cue with { Type = RelationType.Guides };
                if (cue.Type == RelationType.Implements && IsCoordination(actor) && Regex.IsMatch(gap, "phối hợp", RegexOptions.IgnoreCase))
                    return cue with { Type = RelationType.Coordinates };
                return cue;
            }
        }
        return null;
    }

    /// <summary>A comma or "và" between a cue and its document that joins two objects of the cue, not two clauses.</summary>
    private static bool JoinsObjects(string suffix) =>
        RelationCues.NamedObjectOf.IsMatch(suffix) || RelationCues.LawNamedThenAnd.IsMatch(suffix) || RelationCues.PartyResolutionNamedThenJoin.IsMatch(suffix);

    private static bool LeavesBracketOpen(string gap) => gap.LastIndexOf('(') is var open && open >= 0 && gap.IndexOf(')', open) < 0;

    private static bool IsCoordination(CitedDocument d) =>
        d.Symbol?.TypeCode?.EndsWith("PH", StringComparison.Ordinal) == true || d.Symbol?.IssuerCodes.Count > 1;

    private bool IsCentral(string doc) => documents[doc].Issuer?.Level == Level.Central;

    /// <summary>A gap that only joins two citations: "và", "cùng", a comma, or the first one's quoted title
    /// before them ("Nghị quyết A về “…” và Kết luận B").</summary>
    private static bool IsConjunction(string gap) => RelationCues.Conjunction.IsMatch(gap);

    /// <summary>Implementation runs down the levels: a central document does not implement, continue or guide
    /// a province's plan. Such a pair is a cue read past the end of the title that held it.</summary>
    private bool RunsUpward(string from, string to) =>
        documents.TryGetValue(from, out var f) && documents.TryGetValue(to, out var t) && LevelOrder.IsAbove(f.Issuer?.Level, t.Issuer?.Level);

    /// <summary>A document carries out only what was issued before it: "Kế hoạch A ngày 30/11/2016 thực hiện Kết luận
    /// B và Kết luận C ngày 14/8/2017" joins C to the list A stands in, not to A's own. (A cue written straight
    /// before a later document is kept: a draft that says so is flagged by the checker.)</summary>
    private bool RunsBackward(string from, string to) =>
        documents.TryGetValue(from, out var f) && documents.TryGetValue(to, out var t)
        && f.Date is { } fd && t.Date is { } td && fd.IsBefore(td);

    private static string ItemText(LocatedMention m)
    {
        var seg = m.Unit.Segments[m.SegmentIndex];
        return TextRange.Between(m.Unit.Text.Text, seg.Start, seg.End);
    }

    private void Add(string from, string to, RelationType type, TextUnit unit, int start, int end, string? evidence = null)
    {
        var carriesOut = type is RelationType.Implements or RelationType.Continues or RelationType.Guides;
        if (from == to || (carriesOut && RunsUpward(from, to)) || !seen.Add((from, to, type))) return;
        if (carriesOut) acting.Add(from);
        var seg = unit.Segments.Count > 0 ? unit.SegmentAt(start) : new Segment(start, end);
        // the evidence is the sentence, or a window of it around the citations when the sentence is huge
        var evStart = Math.Max(Math.Min(seg.Start, start), start - EvidenceContext);
        var evEnd = Math.Min(Math.Max(seg.End, Math.Min(end, unit.Text.Length)), Math.Max(end, start) + EvidenceContext);
        evidence ??= TextRange.Between(unit.Text.Text, evStart, evEnd);
        evidence = Spacing.Collapse(evidence).Trim();
        var span = lines.Span(unit.Text.ToSource(evStart), unit.Text.ToSource(evEnd));
        relations.Add(new Relation(from, to, type, evidence, span));
    }
}
