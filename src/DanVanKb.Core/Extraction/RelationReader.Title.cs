using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The title rule: what the report's own title, or a news item's headline, says it reviews or carries out.</summary>
internal sealed partial class RelationReader
{
    /// <summary>A header-less text's headline: among its first lines, the first that cites a document and does not end
    /// as a sentence does ("Kết quả thực hiện Đề án số 07-ĐA/TU về …").</summary>
    private int? headline;

    private static int? Headline(IReadOnlyList<Block> blocks, IEnumerable<TextUnit> citing)
    {
        var first = citing.Where(u => !u.InTable && !u.InFootnote && u.Block < HeadlineLines).Select(u => (int?)u.Block).Min();
        if (first is not int b || blocks[b].Kind != BlockKind.Paragraph) return null;
        var text = blocks[b].Text.Text.Trim();
        return text.Length <= ReportHeaderReader.MaxHeadline && !BlockReader.IsTerminated(text) ? b : null;
    }

    /// <summary>How many of a page's first lines may hold its headline (a banner or a date line may come before it).</summary>
    private const int HeadlineLines = 4;

    /// <summary>The first document's subject, holding no cue of its own, then "và" before the next document.</summary>
    private static bool IsSubjectThenAnd(string gap) =>
        RelationCues.TitleSubjectThenAnd.IsMatch(gap) && !RelationCues.Ordered.Any(c => c.Pattern.IsMatch(gap));

    /// <summary>The report's own title says what it reviews or carries out, and a decision's what it amends or replaces.</summary>
    private void ReadTitle(TextUnit unit, List<int> ordered)
    {
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own)) return;
        var text = unit.Text.Text;
        var targets = relations.Where(r => r.From != CitedDocument.OwnId).Select(r => r.To).ToHashSet();
        // a headline that tells of a document issued to carry out another ("…, Tỉnh ủy đã ban hành Kế hoạch số 116")
        // speaks for that document, not for the page
        if (unit.Block == headline && ordered.Any(i => docOf[i] != CitedDocument.OwnId && acting.Contains(docOf[i]!))) return;
        var previousEnd = 0;
        RelationType? previous = null;
        for (var k = 0; k < ordered.Count; k++)
        {
            var m = mentions[ordered[k]];
            var gap = TextRange.Between(text, previousEnd, m.Start);
            previousEnd = m.CoreEnd;
            var doc = docOf[ordered[k]]!;
            if (k > 0 && previous is RelationType shared && (IsConjunction(gap) || IsSubjectThenAnd(gap)) && !targets.Contains(doc))
            {
                Add(CitedDocument.OwnId, doc, shared, unit, 0, text.Length);
                continue;
            }
            previous = null;
            // "QUYẾT ĐỊNH / SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 13/2018/QĐ-UBND": the
            // text amends what its title opens on, unless the title names a plan carrying something out first
            if (k == 0 && unit.Block != headline && LeadIns.TitleSupersedes().Match(gap) is { Success: true } supersedes
                && !RelationCues.CarriesOut.IsMatch(gap))
            {
                previous = supersedes.Groups["replaces"].Success ? RelationType.Replaces : RelationType.Amends;
                Add(CitedDocument.OwnId, doc, previous.Value, unit, 0, text.Length);
                continue;
            }
            if (k > 0 && targets.Contains(doc) && !Regex.IsMatch(gap, @"(?:;|\bvà)\s*\d*\s*(?:năm\s+)?(?:thực hiện|tổng kết|sơ kết)", RegexOptions.IgnoreCase)) continue;
            if (!Regex.IsMatch(gap, @"thực hiện|triển khai|tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)) continue;
            // a news item is typed a report for want of another type: its headline's words say what it tells of
            var type = (own.Type == DocumentTypes.Report && unit.Block != headline) || Regex.IsMatch(gap, "tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)
                ? RelationType.Reviews : RelationType.Implements;
            Add(CitedDocument.OwnId, doc, type, unit, 0, text.Length);
            previous = type;
        }
    }
}
