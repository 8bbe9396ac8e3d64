
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The lead-in rule: a clause that opens with what it carries out.</summary>
internal sealed partial class RelationReader
{
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
}
