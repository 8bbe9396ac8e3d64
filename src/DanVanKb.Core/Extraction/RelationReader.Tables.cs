
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>The table rule: an appendix row's document carries out what its content column names.</summary>
internal sealed partial class RelationReader
{
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
}
