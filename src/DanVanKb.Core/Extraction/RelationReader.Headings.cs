using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The basis-list rule: a heading "I. CĂN CỨ LẬP KẾ HOẠCH" governs the list under it, on its own line
/// or on the lines below ("- Quyết định số 749/QĐ-TTg …;"), until the next heading: each item is the text's
/// legal basis.</summary>
internal sealed partial class RelationReader
{
    private void ReadBasisLists(IReadOnlyList<Block> blocks, Dictionary<int, (TextUnit Unit, List<int> Cites)> units)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Paragraph) continue;
            var heading = LeadIns.BasisHeading().Match(blocks[b].Text.Text);
            if (!heading.Success) continue;
            GovernBlock(units, b, heading.Length);
            for (var next = b + 1; next < blocks.Count && IsListItem(blocks[next]); next++)
                GovernBlock(units, next, 0);
        }
    }

    private void GovernBlock(Dictionary<int, (TextUnit Unit, List<int> Cites)> units, int block, int from)
    {
        if (!units.TryGetValue(block, out var u)) return;
        var first = u.Cites.FindIndex(i => mentions[i].Start >= from);
        if (first < 0) return;
        var sentence = new Segment(mentions[u.Cites[first]].Start, u.Unit.Text.Length);
        Govern(u.Unit, sentence, u.Cites, first, RelationType.BasedOn, preamble: true);
    }

    /// <summary>An item of a list under a heading: "- Quyết định …", "+ Nghị quyết …", "a) Kế hoạch …", or a
    /// line that starts with a document's type.</summary>
    private static bool IsListItem(Block block) =>
        block.Kind == BlockKind.Paragraph && System.Text.RegularExpressions.Regex.IsMatch(block.Text.Text,
            @"^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}\)|(?:Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kế hoạch|Thông tư|Hướng dẫn|Công văn|Văn bản|Kết luận|Chương trình|Quy định|Quy chế)(?![\p{L}]))");
}
