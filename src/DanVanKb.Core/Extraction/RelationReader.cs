using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads the relations a report states, each with its evidence: a cue between two citations
/// ("Kế hoạch A về triển khai thực hiện Chỉ thị B"), a clause that opens with what it carries out
/// ("Thực hiện B, … ban hành A"), a sentence whose footnote lists the documents that carry something out,
/// an appendix row whose content names what it carries out, and the report's own title.</summary>
internal sealed class RelationReader
{
    private const int MaxGap = 200;

    private readonly IReadOnlyList<LocatedMention> mentions;
    private readonly IReadOnlyList<string?> docOf;
    private readonly IReadOnlyDictionary<string, CitedDocument> documents;
    private readonly LineIndex lines;
    private readonly List<Relation> relations = [];
    private readonly HashSet<(string, string, RelationType)> seen = [];
    private int? openingBlock;

    /// <summary>Documents already said to carry something out.</summary>
    private readonly HashSet<string> acting = [];

    private RelationReader(IReadOnlyList<LocatedMention> mentions, IReadOnlyList<string?> docOf, IReadOnlyList<CitedDocument> documents, LineIndex lines)
    {
        this.mentions = mentions;
        this.docOf = docOf;
        this.documents = documents.ToDictionary(d => d.LocalId);
        this.lines = lines;
    }

    public static IReadOnlyList<Relation> Read(
        IReadOnlyList<LocatedMention> mentions,
        IReadOnlyList<string?> docOf,
        IReadOnlyList<CitedDocument> documents,
        IReadOnlyList<Block> blocks,
        int? titleBlock,
        int? openingBlock,
        LineIndex lines)
    {
        var reader = new RelationReader(mentions, docOf, documents, lines) { openingBlock = openingBlock };
        var byUnit = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null)
            .GroupBy(i => mentions[i].Unit).ToList();
        foreach (var unit in byUnit)
            reader.ReadUnit(unit.Key, [.. unit.OrderBy(i => mentions[i].Start)], titleBlock);
        reader.ReadFootnoteLists(blocks);
        reader.ReadTableRows(blocks);
        return reader.relations;
    }

    private void ReadUnit(TextUnit unit, List<int> ordered, int? titleBlock)
    {
        if (unit.InTable) return; // rows are read whole, with their columns
        var isTitle = unit.Block == titleBlock;
        foreach (var segment in ordered.GroupBy(i => mentions[i].SegmentIndex))
        {
            var inSegment = segment.ToList();
            ReadPairs(unit, inSegment);
            // the opening of the report, right after its title (and a công văn's "Kính gửi"), speaks for the report
            ReadLeadIn(unit, inSegment, allowSelf: unit.Block == openingBlock);
        }
        if (isTitle) ReadTitle(unit, ordered);
    }

    /// <summary>A cue between a citation and the next one: the first acts on the second.</summary>
    private void ReadPairs(TextUnit unit, List<int> inSegment)
    {
        var text = unit.Text.Text;
        (string From, RelationType Type)? previous = null;
        for (var k = 0; k + 1 < inSegment.Count; k++)
        {
            var a = mentions[inSegment[k]];
            var b = mentions[inSegment[k + 1]];
            var da = docOf[inSegment[k]]!;
            var db = docOf[inSegment[k + 1]]!;
            if (da == db || b.Start < a.CoreEnd) continue;
            var gap = TextRange.Between(text, a.CoreEnd, b.Start);
            if (gap.Length > MaxGap) { previous = null; continue; }

            if (IsConjunction(gap) && previous is { } p && p.From != db && (gap.Contains("và", StringComparison.Ordinal) || IsCentral(db)))
            {
                Add(p.From, db, p.Type, unit, a.Start, b.End);
                continue;
            }
            var cue = Classify(gap, documents[da], documents[db]);
            if (cue is not { } c) { previous = null; continue; }
            if (c.Reversed) Add(db, da, c.Type, unit, a.Start, b.End);
            else Add(da, db, c.Type, unit, a.Start, b.End);
            previous = c.Reversed ? null : (da, c.Type);
        }
    }

    /// <summary>"Thực hiện Chỉ thị B và Kế hoạch C, ngày …, UBND huyện … ban hành Kế hoạch A …": A carries out
    /// B and C. A report that then says "báo cáo" carries them out itself.</summary>
    private void ReadLeadIn(TextUnit unit, List<int> inSegment, bool allowSelf)
    {
        var text = unit.Text.Text;
        var segment = unit.Segments[mentions[inSegment[0]].SegmentIndex];
        var segText = TextRange.Between(text, segment.Start, segment.End);
        if (!RelationCues.LeadIn.IsMatch(segText)) return;

        // the documents the lead-in governs: the first citation and those joined to it by "và" or ","
        var governed = new List<int> { inSegment[0] };
        if (mentions[inSegment[0]].Start - segment.Start > 40) return;
        for (var k = 1; k < inSegment.Count; k++)
        {
            var gap = TextRange.Between(text, mentions[inSegment[k - 1]].CoreEnd, mentions[inSegment[k]].Start);
            if (!IsConjunction(gap)) break;
            governed.Add(inSegment[k]);
        }
        // the acting clause comes after a comma: "Thực hiện B, UBND huyện … ban hành A"; a verb inside B's own
        // title ("Công văn B về việc ban hành …") is not it
        var afterGoverned = mentions[governed[^1]].CoreEnd;
        var comma = text.IndexOf(',', afterGoverned, segment.End - afterGoverned);
        if (comma < 0) return;
        var rest = TextRange.Between(text, comma, segment.End);
        var verb = RelationCues.IssuingVerb.Match(rest);
        string? actor = null;
        if (verb.Success)
        {
            var verbAt = comma + verb.Index + verb.Length;
            var next = inSegment.FirstOrDefault(i => mentions[i].Start >= verbAt && mentions[i].Start - verbAt <= 60, -1);
            if (next >= 0) actor = docOf[next];
        }
        if (!verb.Success && allowSelf && documents.ContainsKey(CitedDocument.OwnId))
            actor = CitedDocument.OwnId; // "Thực hiện Công văn …, UBND huyện báo cáo …": the report itself
        if (actor is null) return;
        foreach (var g in governed)
        {
            var type = documents[actor].Type == "Hướng dẫn" ? RelationType.Guides : RelationType.Implements;
            Add(actor, docOf[g]!, type, unit, segment.Start, segment.End);
        }
    }

    /// <summary>The report's own title says what it reviews or carries out.</summary>
    private void ReadTitle(TextUnit unit, List<int> ordered)
    {
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own)) return;
        var text = unit.Text.Text;
        var targets = relations.Where(r => r.From != CitedDocument.OwnId).Select(r => r.To).ToHashSet();
        var previousEnd = 0;
        RelationType? previous = null;
        for (var k = 0; k < ordered.Count; k++)
        {
            var m = mentions[ordered[k]];
            var gap = TextRange.Between(text, previousEnd, m.Start);
            previousEnd = m.CoreEnd;
            var doc = docOf[ordered[k]]!;
            if (k > 0 && previous is RelationType shared && IsConjunction(gap) && !targets.Contains(doc))
            {
                Add(CitedDocument.OwnId, doc, shared, unit, 0, text.Length);
                continue;
            }
            previous = null;
            if (k > 0 && targets.Contains(doc) && !Regex.IsMatch(gap, @"(?:;|\bvà)\s*\d*\s*(?:năm\s+)?(?:thực hiện|tổng kết|sơ kết)", RegexOptions.IgnoreCase)) continue;
            if (!Regex.IsMatch(gap, @"thực hiện|triển khai|tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)) continue;
            var type = own.Type == DocumentTypes.Report || Regex.IsMatch(gap, "tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)
                ? RelationType.Reviews : RelationType.Implements;
            Add(CitedDocument.OwnId, doc, type, unit, 0, text.Length);
            previous = type;
        }
    }

    /// <summary>"… xây dựng 03 kế hoạch thực hiện Nghị quyết số 25-NQ/TW¹": each document that footnote ¹
    /// lists (one per item) carries out Nghị quyết 25, unless the item says what it carries out itself.</summary>
    private void ReadFootnoteLists(IReadOnlyList<Block> blocks)
    {
        var notes = blocks.Select((b, i) => (b, i)).Where(x => x.b.Kind == BlockKind.Footnote && x.b.FootnoteMarker is not null)
            .GroupBy(x => x.b.FootnoteMarker!).ToDictionary(g => g.Key, g => g.First().i);
        var byUnit = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null).GroupBy(i => mentions[i].Unit).ToList();
        var byBlock = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null).ToLookup(i => mentions[i].Unit.Block);
        foreach (var unit in byUnit.Where(u => !u.Key.InFootnote && !u.Key.InTable))
        {
            var text = unit.Key.Text.Text;
            foreach (var i in unit)
            {
                var m = mentions[i];
                var segment = unit.Key.Segments[m.SegmentIndex];
                var before = TextRange.Between(text, segment.Start, m.Start);
                if (!RelationCues.FootnoteListCue.IsMatch(before)) continue;
                var marker = FootnoteMarkers.Find(TextRange.Between(text, m.Start, segment.End)).FirstOrDefault();
                if (marker.Marker is null || !notes.TryGetValue(marker.Marker, out var noteBlock)) continue;
                var target = docOf[i]!;
                foreach (var item in byBlock[noteBlock].Select(j => (x: mentions[j], j))
                    .GroupBy(x => x.x.SegmentIndex).Select(g => g.OrderBy(x => x.x.Start).First()))
                {
                    var from = docOf[item.j]!;
                    if (from == target || acting.Contains(from)) continue;
                    var evidence = $"{TextRange.Between(text, segment.Start, segment.End)} [{marker.Marker}] {ItemText(item.x)}";
                    Add(from, target, RelationType.Implements, item.x.Unit, item.x.Start, item.x.End, evidence);
                }
            }
        }
    }

    /// <summary>A row's document carries out what its content column names with a cue.</summary>
    private void ReadTableRows(IReadOnlyList<Block> blocks)
    {
        var rows = Enumerable.Range(0, mentions.Count).Where(i => docOf[i] is not null && mentions[i].Unit.InTable)
            .GroupBy(i => mentions[i].Unit.Block);
        var layouts = TableLayouts(blocks);
        foreach (var row in rows)
        {
            var layout = layouts.GetValueOrDefault(row.Key);
            var ordered = row.OrderBy(i => mentions[i].Unit.Cell).ThenBy(i => mentions[i].Start).ToList();
            var actorIndex = ordered.FirstOrDefault(i => mentions[i].Mention.Kind == MentionKind.Full && (layout?.IsDocumentCell(mentions[i].Unit.Cell ?? 0) ?? true), -1);
            if (actorIndex < 0) continue;
            var actor = docOf[actorIndex]!;
            var content = ordered.Where(i => mentions[i].Unit.Cell > mentions[actorIndex].Unit.Cell && (layout?.ContentColumn is not int cc || mentions[i].Unit.Cell == cc)).ToList();
            var rowText = string.Join(" | ", blocks[row.Key].Cells.Select(c => c.Text).Where(c => c.Length > 0));
            (string From, RelationType Type)? last = null;
            int? previous = null;
            foreach (var i in content)
            {
                var m = mentions[i];
                var target = docOf[i]!;
                if (target == actor) continue;
                // the first citation of the content column is what the row's document acts on; a later one
                // joined by "và" shares that, otherwise it is acted on by the citation before it
                var source = previous is int p && mentions[p].Unit == m.Unit ? docOf[p]! : actor;
                var gap = m.Unit.Text.Text[(previous is int q && mentions[q].Unit == m.Unit ? Math.Min(mentions[q].CoreEnd, m.Start) : 0)..m.Start];
                previous = i;
                if (IsConjunction(gap) && last is { } l)
                {
                    Add(l.From, target, l.Type, m.Unit, m.Start, m.End, rowText);
                    continue;
                }
                var cue = Classify(gap, documents[source], documents[target]);
                last = cue is { Reversed: false } c ? (source, c.Type) : null;
                if (last is { } r) Add(r.From, target, r.Type, m.Unit, m.Start, m.End, rowText);
            }
        }
    }

    internal static Dictionary<int, TableLayout> TableLayouts(IReadOnlyList<Block> blocks)
    {
        var result = new Dictionary<int, TableLayout>();
        TableLayout? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.TableRow) { current = null; continue; }
            if (TableLayout.FromHeader(blocks[i]) is { } header) { current = header; continue; }
            if (current is not null) result[i] = current;
        }
        return result;
    }

    /// <summary>The relation a gap between two citations states. A cue counts only where it governs the
    /// second citation: no list or clause break between the first citation and the cue ("… và 05 năm thực
    /// hiện …"), nor between the cue and the second citation ("… phong trào “Dân vận khéo”, Kế hoạch …").</summary>
    private static RelationCues.Cue? Classify(string gap, CitedDocument actor, CitedDocument target)
    {
        foreach (var cue in RelationCues.Ordered)
        {
            foreach (var m in cue.Pattern.Matches(gap).Reverse())
            {
                if (RelationCues.ClauseBreak.IsMatch(RelationCues.JoinedVerbs.Replace(gap[..m.Index], " "))) continue;
                var suffix = gap[(m.Index + m.Length)..];
                if (suffix.Length > 120 || RelationCues.ClauseBreak.IsMatch(suffix)) continue;
                if (cue.Type == RelationType.Issues)
                {
                    if (actor.Type == "Quyết định" && target.Type is "Quy chế" or "Quy định") return cue;
                    continue;
                }
                if (cue.Type == RelationType.Implements && actor.Type == "Hướng dẫn")
                    return cue with { Type = RelationType.Guides };
                if (cue.Type == RelationType.Implements && IsCoordination(actor) && Regex.IsMatch(gap, "phối hợp", RegexOptions.IgnoreCase))
                    return cue with { Type = RelationType.Coordinates };
                return cue;
            }
        }
        return null;
    }

    private static bool IsCoordination(CitedDocument d) =>
        d.Symbol?.TypeCode?.EndsWith("PH", StringComparison.Ordinal) == true || d.Symbol?.IssuerCodes.Count > 1;

    private bool IsCentral(string doc) => documents[doc].Issuer?.Level == Level.Central;

    private static bool IsConjunction(string gap) => Regex.IsMatch(gap, @"^\s*(?:,\s*)?(?:và|cùng|,)?\s*$");

    private static string ItemText(LocatedMention m)
    {
        var seg = m.Unit.Segments[m.SegmentIndex];
        return TextRange.Between(m.Unit.Text.Text, seg.Start, seg.End);
    }

    private void Add(string from, string to, RelationType type, TextUnit unit, int start, int end, string? evidence = null)
    {
        if (from == to || !seen.Add((from, to, type))) return;
        if (type is RelationType.Implements or RelationType.Continues or RelationType.Guides) acting.Add(from);
        var seg = unit.Segments.Count > 0 ? unit.SegmentAt(start) : new Segment(start, end);
        var evStart = Math.Min(seg.Start, start);
        var evEnd = Math.Max(seg.End, Math.Min(end, unit.Text.Length));
        evidence ??= TextRange.Between(unit.Text.Text, evStart, evEnd);
        evidence = Regex.Replace(evidence, @"\s+", " ").Trim();
        var span = lines.Span(unit.Text.ToSource(evStart), unit.Text.ToSource(evEnd));
        relations.Add(new Relation(from, to, type, evidence, span));
    }
}
