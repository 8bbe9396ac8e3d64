using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The title rule: what the report's own title says it reviews or carries out.</summary>
internal sealed partial class RelationReader
{
    /// <summary>The report's own title says what it reviews or carries out.</summary>
    private void ReadTitle(TextUnit unit, List<int> ordered)
    {
        if (!documents.TryGetValue(CitedDocument.OwnId, out var own)) return;
        var text = unit.Text.Text;
        var targets = relations.Where(r => r.From != CitedDocument.OwnId).Select(r => r.To).ToHashSet();
        var previousEnd = 0;
        RelationType? previous = null;
        for (var k = 0; k < ordered.Count; k++)
        {
            var m = mentions[ordered[k]];
            var gap = TextRange.Between(text, previousEnd, m.Start);
            previousEnd = m.CoreEnd;
            var doc = docOf[ordered[k]]!;
            if (k > 0 && previous is RelationType shared && IsConjunction(gap) && !targets.Contains(doc))
            {
                Add(CitedDocument.OwnId, doc, shared, unit, 0, text.Length);
                continue;
            }
            previous = null;
            if (k > 0 && targets.Contains(doc) && !Regex.IsMatch(gap, @"(?:;|\bvà)\s*\d*\s*(?:năm\s+)?(?:thực hiện|tổng kết|sơ kết)", RegexOptions.IgnoreCase)) continue;
            if (!Regex.IsMatch(gap, @"thực hiện|triển khai|tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)) continue;
            var type = own.Type == DocumentTypes.Report || Regex.IsMatch(gap, "tổng kết|sơ kết|kết quả", RegexOptions.IgnoreCase)
                ? RelationType.Reviews : RelationType.Implements;
            Add(CitedDocument.OwnId, doc, type, unit, 0, text.Length);
            previous = type;
        }
    }
}
