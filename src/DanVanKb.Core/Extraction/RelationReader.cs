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
        // the evidence is the sentence, or a window of it around the citations when the sentence is huge
        var evStart = Math.Max(Math.Min(seg.Start, start), start - EvidenceContext);
        var evEnd = Math.Min(Math.Max(seg.End, Math.Min(end, unit.Text.Length)), Math.Max(end, start) + EvidenceContext);
        evidence ??= TextRange.Between(unit.Text.Text, evStart, evEnd);
        evidence = Regex.Replace(evidence, @"\s+", " ").Trim();
        var span = lines.Span(unit.Text.ToSource(evStart), unit.Text.ToSource(evEnd));
        relations.Add(new Relation(from, to, type, evidence, span));
    }
}
