using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>"… đề nghị các đơn vị tiếp tục thực hiện các văn bản chỉ đạo trên …": a text's own request to go on carrying
/// out the documents cited just above it (a letter that recalls the department's earlier letter, then adds to it).</summary>
internal sealed partial class RelationReader
{
    /// <summary>How many paragraphs above the request the documents it points at may stand.</summary>
    private const int AboveBlocks = 2;

    private void ReadAboveDocuments(IReadOnlyList<Block> blocks)
    {
        if (layout.Headerless || !documents.ContainsKey(CitedDocument.OwnId)) return;
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Paragraph || LeadIns.ContinuesAbove().Match(blocks[b].Text.Text) is not { Success: true } m) continue;
            var own = citesOf.FirstOrDefault(u => u.Key.Block == b && u.Key.Cell is null && !u.Key.InFootnote);
            var unit = own.Key ?? new TextUnit(blocks[b].Text, b, null, false, false);
            // the same paragraph's citations before the words, else the nearest paragraph above that cites any
            var above = own.Value?.Where(i => mentions[i].Start < m.Index).ToList() is { Count: > 0 } before ? before
                : citesOf.Where(u => !u.Key.InFootnote && !u.Key.InTable && u.Key.Block < b && u.Key.Block >= b - AboveBlocks)
                    .OrderByDescending(u => u.Key.Block).Select(u => u.Value).FirstOrDefault();
            if (above is null) continue;
            var sentence = unit.SentenceAt(m.Index);
            var voice = OwnVoice(unit);
            foreach (var doc in above.Select(i => docOf[i]!).Distinct())
                Add(voice, doc, RelationType.Continues, unit, sentence.Start, sentence.End);
        }
    }
}
