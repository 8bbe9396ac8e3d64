
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The pair rule: a cue between a citation and the next one.</summary>
internal sealed partial class RelationReader
{
    private static bool IsBasisList(TextUnit unit, int offset)
    {
        var sentence = unit.SentenceAt(offset);
        return LeadIns.Opening().Match(TextRange.Between(unit.Text.Text, sentence.Start, sentence.End)).Groups["based_on"].Success;
    }

    /// <summary>"… hướng dẫn thi hành Nghị định A, Nghị định B và Nghị định C": commas that join documents of one
    /// kind, the last joined by "và", enumerate one cue's objects, even in a list of bases, where a comma otherwise
    /// starts the next basis.</summary>
    private bool EnumeratesOneKind(string text, List<int> inSegment, int k)
    {
        var kind = documents[docOf[inSegment[k]]!].Type;
        for (var j = k; j + 1 < inSegment.Count; j++)
        {
            var next = mentions[inSegment[j + 1]];
            var gap = TextRange.Between(text, mentions[inSegment[j]].CoreEnd, Math.Max(next.Start, mentions[inSegment[j]].CoreEnd));
            if (documents[docOf[inSegment[j + 1]]!].Type != kind || !IsConjunction(gap)) return false;
            if (gap.Contains("và", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A gap too long for a cue, unless it names a regulation issued with the next citation ("sửa đổi, bổ sung
    /// một số điều của Quy định về … ban hành kèm theo Quyết định …").</summary>
    private static bool IsRegulationIssuedWith(string gap) =>
        gap.Length <= MaxGap + RelationCues.MaxRegulationName && RelationCues.EndsInRegulationIssuedWith.IsMatch(gap);

    /// <summary>A cue between a citation and the next one: the first acts on the second.</summary>
    private void ReadPairs(TextUnit unit, List<int> inSegment)
    {
        var text = unit.Text.Text;
        (string From, RelationType Type, bool Quoted)? previous = null;
        (string Target, RelationType Type)? actedOn = null;
        for (var k = 0; k + 1 < inSegment.Count; k++)
        {
            var a = mentions[inSegment[k]];
            var b = mentions[inSegment[k + 1]];
            var da = docOf[inSegment[k]]!;
            var db = docOf[inSegment[k + 1]]!;
            if (da == db || b.Start < a.CoreEnd) continue;
            var gap = TextRange.Between(text, a.CoreEnd, b.Start);
            if (gap.Length > MaxGap && !IsRegulationIssuedWith(gap)) { (previous, actedOn) = (null, null); continue; }

            // "thực hiện Nghị quyết A và Kết luận B": the cue goes on to B; in a list of legal bases a comma
            // starts the next basis instead, and a document issued after the actor belongs to an outer list
            if (IsConjunction(gap) && previous is { } p && p.From != db && !EndsTitle(p.Quoted, gap)
                && (gap.Contains("và", StringComparison.Ordinal) || (IsCentral(db) && !IsBasisList(unit, a.Start)) || EnumeratesOneKind(text, inSegment, k)))
            {
                if (RunsBackward(p.From, db)) (previous, actedOn) = (null, null);
                else Add(p.From, db, p.Type, unit, a.Start, b.End);
                continue;
            }
            // "Thông tư A được sửa đổi, bổ sung tại Thông tư B, Thông tư C và Thông tư D": each amends A
            if (IsConjunction(gap) && actedOn is { } t && t.Target != db)
            {
                Add(db, t.Target, t.Type, unit, a.Start, b.End);
                continue;
            }
            if (IssuedWithAfterObject(text, unit.SegmentAt(a.Start).Start, a.Start, gap) is { } carried)
            {
                Add(db, da, carried, unit, a.Start, b.End);
                (previous, actedOn) = (null, null);
                continue;
            }
            var cue = Classify(gap, documents[da], documents[db]);
            if (cue is not { } c) { (previous, actedOn) = (null, null); continue; }
            if (c.Reversed) Add(db, da, c.Type, unit, a.Start, b.End);
            else Add(da, db, c.Type, unit, a.Start, b.End);
            previous = c.Reversed ? null : (da, c.Type, Quotations.LeftOpen(gap));
            actedOn = c.Reversed && c.Type == RelationType.Amends ? (da, c.Type) : null;
        }
    }

    /// <summary>"… Kế hoạch của Bộ, ngành Tư pháp triển khai Chỉ thị số 18/CT-TTg ngày 13/4/2020 của Thủ tướng Chính phủ
    /// (ban hành kèm theo Quyết định số 1186/QĐ-BTP …)": a document named without a number carries out the citation after
    /// it, and the bracket after that citation names the decision it was issued with, which so carries it out.</summary>
    private static RelationType? IssuedWithAfterObject(string text, int segmentStart, int objectStart, string gap)
    {
        if (!LeadIns.IssuedWithNext().IsMatch(gap) || gap.Length > MaxGap) return null;
        var before = TextRange.Between(text, Math.Max(segmentStart, objectStart - LeadIns.MaxIssuedWithName), objectStart);
        return RelationCues.UnnumberedCarryingOut.Match(before) is { Success: true } m
            ? m.Groups["cue"].Value.StartsWith("hướng dẫn", StringComparison.Ordinal) ? RelationType.Guides : RelationType.Implements
            : null;
    }
}
