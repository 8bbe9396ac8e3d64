using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>A news item's act on documents it only counts ("Tại Hội nghị, … triển khai 3 nghị quyết và 1 kết luận của
/// Hội nghị lần thứ sáu …") when a paragraph soon after spells them out ("Cụ thể: Nghị quyết số 27-NQ/TW …; Kết luận số
/// 45-KL/TW …", "06 Nghị quyết của Ban Chấp hành Đảng bộ Tỉnh gồm: …"): the event acts on each of them.</summary>
internal sealed partial class RelationReader
{
    /// <summary>How many paragraphs above a list the sentence that counts its documents may stand: a news item tells of
    /// the event first, then of who spoke, a photo's caption between.</summary>
    private const int MaxCountingDistance = 3;

    private void ReadSpelledOut(IReadOnlyList<Block> blocks)
    {
        if (!layout.Headerless || !documents.ContainsKey(CitedDocument.OwnId)) return;
        foreach (var (unit, cites) in citesOf)
        {
            if (unit.InFootnote || unit.InTable || unit.Block == 0 || !LeadIns.SpellsOut().IsMatch(unit.Text.Text)) continue;
            if (CountingAct(blocks, unit.Block) is not var (counting, sentence, act)) continue;
            var type = ActType(TextRange.Between(counting.Text.Text, sentence.Start, sentence.End), act);
            foreach (var doc in cites.Select(i => docOf[i]!).Distinct())
                Add(CitedDocument.OwnId, doc, type, counting, sentence.Start, sentence.End);
        }
    }

    /// <summary>The nearest sentence above block <paramref name="list"/> whose event acts on documents it counts.</summary>
    private static (TextUnit Unit, Segment Sentence, Match Act)? CountingAct(IReadOnlyList<Block> blocks, int list)
    {
        for (var b = list - 1; b >= Math.Max(0, list - MaxCountingDistance); b--)
        {
            if (blocks[b].Kind != BlockKind.Paragraph) continue;
            var unit = new TextUnit(blocks[b].Text, b, null, false, false);
            foreach (var sentence in unit.Sentences.Reverse())
            {
                var s = TextRange.Between(blocks[b].Text.Text, sentence.Start, sentence.End);
                foreach (Match m in LeadIns.OwnAct().Matches(s))
                    if (IsEventAct(s, m) && LeadIns.Counted().IsMatch(s[(m.Index + m.Length)..])) return (unit, sentence, m);
            }
        }
        return null;
    }
}
