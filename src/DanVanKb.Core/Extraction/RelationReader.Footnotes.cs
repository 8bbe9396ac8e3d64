
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The footnote rule: the documents a footnote lists carry out what its sentence names.</summary>
internal sealed partial class RelationReader
{
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
                // the cue sits just before the citation: look at a window, not the whole (possibly huge) segment
                var before = TextRange.Between(text, Math.Max(segment.Start, m.Start - 160), m.Start);
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
}
