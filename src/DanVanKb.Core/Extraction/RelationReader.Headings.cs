using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>Lists that run over several paragraphs: a heading "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" governs the items
/// under it ("1. Quyết định số 749/QĐ-TTg …;", "- Nghị quyết số 05-NQ/TU …;") until the next heading of its rank;
/// a lead-in whose list a line break cut after a semicolon ("Thực hiện Nghị quyết số 25-NQ/TW …;" / "Hướng dẫn số
/// 08-HD/BDVTU …;") governs the items on the lines after it.</summary>
internal sealed partial class RelationReader
{
    [GeneratedRegex(@"^\s*[IVX]+\s*[.\-)]\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.)]\s")]
    private static partial Regex ArabicHeading();

    [GeneratedRegex(@"[;,]\s*$", RegexOptions.RightToLeft)]
    private static partial Regex OpenListEnd();

    private void ReadBasisLists(IReadOnlyList<Block> blocks, Dictionary<int, (TextUnit Unit, List<int> Cites)> units)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Paragraph) continue;
            var text = blocks[b].Text.Text;
            var heading = LeadIns.BasisHeading().Match(text);
            if (heading.Success)
            {
                GovernBlock(units, b, heading.Length, RelationType.BasedOn, preamble: true);
                var arabic = ArabicHeading().IsMatch(text);
                var next = b + 1;
                if (next < blocks.Count && ReportHeaderReader.IsUpper(blocks[next].Text.Text) && blocks[next].Text.Length < 60) next++; // "CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH"
                for (; next < blocks.Count && !EndsBasisList(blocks[next], arabic); next++)
                    GovernBlock(units, next, 0, RelationType.BasedOn, preamble: true);
                continue;
            }
            var leadIn = LeadIns.Opening().Match(text);
            if (!leadIn.Success || !OpenListEnd().IsMatch(text)) continue;
            var preamble = b >= (layout.OpeningBlock ?? int.MaxValue) && b < layout.PreambleEnd;
            for (var next = b + 1; next < blocks.Count && StartsWithCitation(units, blocks[next], next); next++)
            {
                GovernBlock(units, next, 0, LeadIns.TypeOf(leadIn), preamble);
                if (!OpenListEnd().IsMatch(blocks[next].Text.Text)) break;
            }
        }
    }

    private void GovernBlock(Dictionary<int, (TextUnit Unit, List<int> Cites)> units, int block, int from, RelationType type, bool preamble)
    {
        if (!units.TryGetValue(block, out var u)) return;
        var first = u.Cites.FindIndex(i => mentions[i].Start >= from);
        if (first < 0) return;
        var sentence = new Segment(mentions[u.Cites[first]].Start, u.Unit.Text.Length);
        Govern(u.Unit, sentence, u.Cites, first, type, preamble);
    }

    /// <summary>The next heading of the basis heading's rank, an upper-case line, or a line that names documents for
    /// another reason ends its list.</summary>
    private static bool EndsBasisList(Block block, bool arabicHeading) =>
        block.Kind == BlockKind.TableRow || RomanHeading().IsMatch(block.Text.Text) || ReportHeaderReader.IsUpper(block.Text.Text)
        || (arabicHeading && ArabicHeading().IsMatch(block.Text.Text)) || NotABasis().IsMatch(block.Text.Text);

    /// <summary>A preamble line that names documents without making them bases: "Xét đề nghị … tại Tờ trình …".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:Xét|Theo đề nghị|Sau khi|Thực hiện|Triển khai)(?![\p{L}])")]
    private static partial Regex NotABasis();

    /// <summary>How many paragraphs under a purpose heading speak for the text.</summary>
    private const int MaxPurposeParagraphs = 4;

    /// <summary>The paragraphs under a purpose heading ("1. Mục đích"), up to the next heading: "Nhằm triển khai có hiệu
    /// quả Kết luận số 76-KL/TW …" there is the text's own aim, as its preamble's "Thực hiện" is.</summary>
    private static HashSet<int> PurposeBlocks(IReadOnlyList<Block> blocks)
    {
        var found = new HashSet<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Kind != BlockKind.Paragraph || !LeadIns.PurposeHeading().IsMatch(blocks[b].Text.Text)) continue;
            for (var next = b + 1; next < blocks.Count && next <= b + MaxPurposeParagraphs && !EndsPurpose(blocks[next]); next++)
                found.Add(next);
        }
        return found;
    }

    private static bool EndsPurpose(Block block) =>
        block.Kind != BlockKind.Paragraph || RomanHeading().IsMatch(block.Text.Text) || ArabicHeading().IsMatch(block.Text.Text)
        || ReportHeaderReader.IsUpper(block.Text.Text) || LeadIns.PurposeHeading().IsMatch(block.Text.Text);

    /// <summary>A paragraph that is the next item of a cut list: it opens with a citation, not with a lead-in of its own.</summary>
    private bool StartsWithCitation(Dictionary<int, (TextUnit Unit, List<int> Cites)> units, Block block, int index) =>
        block.Kind == BlockKind.Paragraph && !LeadIns.Opening().IsMatch(block.Text.Text)
        && units.TryGetValue(index, out var u) && u.Cites.Count > 0 && mentions[u.Cites[0]].Start <= 3;
}
