using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>A news item's act on documents it only counts ("Tại Hội nghị, … triển khai 3 nghị quyết và 1 kết luận của
/// Hội nghị lần thứ sáu …") when the next paragraph spells them out ("Cụ thể: Nghị quyết số 27-NQ/TW …; Kết luận số
/// 45-KL/TW …"): the event acts on each of them.</summary>
internal sealed partial class RelationReader
{
    private void ReadSpelledOut(IReadOnlyList<Block> blocks)
    {
        if (!layout.Headerless || !documents.ContainsKey(CitedDocument.OwnId)) return;
        foreach (var (unit, cites) in citesOf)
        {
            if (unit.InFootnote || unit.InTable || unit.Block == 0 || !LeadIns.SpellsOut().IsMatch(unit.Text.Text)) continue;
            if (blocks[unit.Block - 1] is not { Kind: BlockKind.Paragraph } previous) continue;
            var counting = new TextUnit(previous.Text, unit.Block - 1, null, false, false);
            if (counting.Sentences.Count == 0) continue;
            var sentence = counting.Sentences[^1];
            var s = TextRange.Between(previous.Text.Text, sentence.Start, sentence.End);
            foreach (System.Text.RegularExpressions.Match m in LeadIns.OwnAct().Matches(s))
            {
                if (!IsEventAct(s, m) || !LeadIns.Counted().IsMatch(s[(m.Index + m.Length)..])) continue;
                foreach (var doc in cites.Select(i => docOf[i]!).Distinct())
                    Add(CitedDocument.OwnId, doc, ActType(m), counting, sentence.Start, sentence.End);
                break;
            }
        }
    }
}
