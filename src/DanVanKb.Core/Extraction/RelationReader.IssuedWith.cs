using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The issued-with rule: a line that opens with "(Ban hành kèm theo …" and a citation says who issued what. Under
/// the text's own title ("QUY CHẾ … / (Ban hành kèm theo Quyết định số 25/2020/QĐ-UBND …)") the cited document issues
/// the text; after an article of the text that approves or issues something ("Điều 1. Phê duyệt Kế hoạch … / (Kèm theo
/// Kế hoạch số 1376/KH-SGDĐT …)") the text issues the cited document.</summary>
internal sealed partial class RelationReader
{
    /// <summary>How long such a line may run: the citation, its date and issuer, not a paragraph.</summary>
    private const int MaxIssuedWithLine = 300;

    private void ReadIssuedWith(IReadOnlyList<Block> blocks, IEnumerable<(TextUnit Unit, List<int> Cites)> byUnit)
    {
        if (!documents.ContainsKey(CitedDocument.OwnId)) return;
        foreach (var (unit, cites) in byUnit)
        {
            if (unit.InFootnote || unit.InTable) continue;
            var text = unit.Text.Text;
            var m = LeadIns.IssuedWithLine().Match(text);
            if (!m.Success || text.Trim().Length > MaxIssuedWithLine) continue;
            var first = cites[0];
            if (TextRange.Between(text, m.Index + m.Length, mentions[first].Start).Trim().Length > 0) continue;
            var cited = docOf[first]!;
            if (unit.Block < (layout.OpeningBlock ?? layout.BodyStart))
                Add(cited, CitedDocument.OwnId, RelationType.Issues, unit, 0, text.Length);
            else if (unit.Block > 0 && LeadIns.OwnArticleIssues().IsMatch(blocks[unit.Block - 1].Text.Text))
                Add(CitedDocument.OwnId, cited, RelationType.Issues, unit, 0, text.Length);
        }
    }
}
