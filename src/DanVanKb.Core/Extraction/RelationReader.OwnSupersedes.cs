using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The self-reference rule: the text's own document, named as "Quyết định này" or as the unnumbered
/// document a proposal asks to adopt, replaces or amends the document cited after the cue.</summary>
internal sealed partial class RelationReader
{
    /// <summary>How far the cue may stand from the document it replaces: "thay thế các Quyết định số …".</summary>
    private const int SupersedeReach = 40;

    private void ReadOwnSupersedes(TextUnit unit, Segment sentence, List<int> cites)
    {
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own)) return;
        var text = unit.Text.Text;
        var s = TextRange.Between(text, sentence.Start, sentence.End);
        foreach (System.Text.RegularExpressions.Match m in LeadIns.OwnSupersedes().Matches(s))
        {
            if (m.Groups["type"].Success && m.Groups["type"].Value != own.Type) continue;
            var after = sentence.Start + m.Index + m.Length;
            var target = cites.FirstOrDefault(i => mentions[i].Start >= after, -1);
            if (target < 0 || mentions[target].Start - after > SupersedeReach) continue;
            // a citation between the name and the cue is the one that acts
            if (cites.Any(i => mentions[i].Start > sentence.Start + m.Index && mentions[i].Start < after)) continue;
            var type = m.Groups["replaces"].Success ? RelationType.Replaces : RelationType.Amends;
            Add(CitedDocument.OwnId, docOf[target]!, type, unit, sentence.Start, sentence.End);
        }
    }

    /// <summary>How far an article's act may stand from the document it amends: "Bổ sung 04 thủ tục hành chính (TTHC) vào
    /// Bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở … được công bố kèm theo Quyết định số 81/QĐ-UBND".</summary>
    private const int ArticleReach = 240;

    /// <summary>An article of the text's own document that opens with amending or replacing acts on the first document its
    /// sentence cites, when what it acts on was issued with that document or belongs to it; not when it carries one out
    /// ("Điều 1. Bổ sung kinh phí để thực hiện Kế hoạch số …").</summary>
    private void ReadOwnArticle(TextUnit unit, Segment sentence, List<int> cites)
    {
        if (!documents.ContainsKey(CitedDocument.OwnId)) return;
        var text = unit.Text.Text;
        // the article's number may end a sentence of its own ("Điều 1."): read the act from the unit's start
        var m = LeadIns.OwnArticleAct().Match(text);
        if (!m.Success || sentence.Start > m.Groups["act"].Index || sentence.End < m.Index + m.Length) return;
        var after = m.Index + m.Length;
        var target = cites.FirstOrDefault(i => mentions[i].Start >= after, -1);
        if (target < 0 || mentions[target].Start - after > ArticleReach) return;
        var reach = TextRange.Between(text, after, mentions[target].Start);
        if (!LeadIns.ArticleActReach().IsMatch(reach) || RelationCues.CarriesOut.IsMatch(reach)) return;
        var type = m.Groups["replaces"].Success ? RelationType.Replaces : RelationType.Amends;
        Add(CitedDocument.OwnId, docOf[target]!, type, unit, sentence.Start, sentence.End);
    }
}
