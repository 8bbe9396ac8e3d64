using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The reproduction rule: a news item (or a page with no number of its own) that reproduces a document
/// in full ("Ngày 08/01/2020, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 118-HD/BTGTW …. Trang tin trích đăng
/// nguyên văn Hướng dẫn.") quotes that document's preamble, so the "Căn cứ …" bases and "Thực hiện …" acts that speak for the text are the reproduced
/// document's, not the item's. Only with a word of reproduction in the lead, and only when the lead issues exactly
/// one document.</summary>
internal sealed partial class RelationReader
{
    /// <summary>How many paragraphs the lead of a news item runs before its reproduced text.</summary>
    private const int LeadBlocks = 6;

    /// <summary>The document a text without a number reproduces, and the block its reproduction starts at.</summary>
    private (string Document, int LeadEnd)? reproduced;

    private void FindReproduced(IReadOnlyList<Block> blocks, IEnumerable<(TextUnit Unit, List<int> Cites)> byUnit)
    {
        // a text with its own number is the document itself, not a page about one
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own) || own.Symbol is not null) return;
        // the lead ends where the quoted document's preamble begins
        var leadEnd = Enumerable.Range(0, Math.Min(blocks.Count, LeadBlocks + 1))
            .FirstOrDefault(b => blocks[b].Kind == BlockKind.Paragraph && LeadIns.Opening().IsMatch(blocks[b].Text.Text), -1);
        if (leadEnd <= 0) return;
        if (!Enumerable.Range(0, leadEnd).Any(b => ReproductionMarkers.Words().IsMatch(blocks[b].Text.Text))) return;
        var issued = byUnit.Where(u => u.Unit.Block < leadEnd && !u.Unit.InFootnote)
            .SelectMany(u => u.Cites.Where(i => IssuedHere().IsMatch(TextRange.Between(u.Unit.Text.Text, Math.Max(0, mentions[i].Start - 40), mentions[i].Start))))
            .Select(i => docOf[i]!).Distinct().ToList();
        if (issued.Count == 1) reproduced = (issued[0], leadEnd);
    }

    /// <summary>Who a clause that speaks for the text speaks for: the document whose content a paragraph lists (<see
    /// cref="FindListedContent"/>), the reproduced document inside its quoted text, else the text's own record.</summary>
    private string OwnVoice(TextUnit unit) =>
        !unit.InFootnote && !unit.InTable && contentOf.TryGetValue(unit.Block, out var listed) ? listed
        : reproduced is { } r && unit.Block >= r.LeadEnd ? r.Document : CitedDocument.OwnId;

    /// <summary>The paragraphs that list a document's content, by block: "Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo
    /// số 682-CV/TU yêu cầu các cấp ủy … thực hiện tốt một số nội dung:" is followed by what 682-CV/TU asks.</summary>
    private readonly Dictionary<int, string> contentOf = [];

    /// <summary>How many paragraphs after the announcing one may list its content.</summary>
    private const int ContentBlocks = 6;

    private void FindListedContent(IEnumerable<(TextUnit Unit, List<int> Cites)> byUnit)
    {
        foreach (var (unit, cites) in byUnit.Where(u => !u.Unit.InFootnote && !u.Unit.InTable).OrderBy(u => u.Unit.Block))
        {
            var text = unit.Text.Text;
            if (!text.TrimEnd().EndsWith(':')) continue;
            var last = cites[^1];
            // the sentence that ends with the colon names the document whose content follows, or says "Theo đó" of the
            // one the sentence before it announced ("… ban hành Kế hoạch số 45/KH-UBND …. Theo đó, kế hoạch đề ra các
            // nhiệm vụ như sau:")
            if (unit.Sentences.Count > 0 && mentions[last].Start < unit.Sentences[^1].Start && !SaysAccordingly(unit, last)) continue;
            var from = cites.Count > 1 ? mentions[cites[^2]].CoreEnd : 0;
            // announced by an acting clause ("Ban Thường vụ Tỉnh ủy vừa có …"), which may open the paragraph
            if (!IsActingClause(", " + TextRange.Between(text, from, mentions[last].Start))) continue;
            for (var b = unit.Block + 1; b <= unit.Block + ContentBlocks; b++) contentOf[b] = docOf[last]!;
        }
    }

    /// <summary>The paragraph's last sentence opens with "Theo đó," and cites nothing, and the citation is in the
    /// sentence before it.</summary>
    private bool SaysAccordingly(TextUnit unit, int cite)
    {
        var sentences = unit.Sentences;
        if (sentences.Count < 2 || mentions[cite].Start < sentences[^2].Start) return false;
        return Accordingly().IsMatch(TextRange.Between(unit.Text.Text, sentences[^1].Start, sentences[^1].End));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:ban hành|trích đăng|toàn văn|nguyên văn)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex IssuedHere();
}
