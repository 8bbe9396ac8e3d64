using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>What a report says of itself beyond its title: the clause that reports ("… báo cáo kết quả thực hiện
/// Nghị quyết 30a … như sau:"), its section headings ("6. Kết quả thực hiện Nghị quyết X, Nghị quyết Y, Kế hoạch
/// Z": it reviews each) and its directions ("Tiếp tục thực hiện tốt …, nhất là Nghị quyết X, Quyết định Y": it
/// continues each).</summary>
internal sealed partial class RelationReader
{
    /// <summary>How far a heading's or a direction's cue may stand from the first document it names.</summary>
    private const int SectionReach = 120;

    /// <summary>… or, when a list opener ("nhất là") comes right before it, how far.</summary>
    private const int OpenedReach = 240;

    /// <summary>The longest line read as a section heading.</summary>
    private const int MaxHeading = 300;

    private void ReadOwnReport(TextUnit unit, Segment sentence, List<int> cites)
    {
        var text = unit.Text.Text;
        var s = TextRange.Between(text, sentence.Start, sentence.End);
        if (!LeadIns.SpeaksOfItself(s)) return;
        foreach (System.Text.RegularExpressions.Match m in LeadIns.ReportsOn().Matches(s))
            OwnList(unit, sentence, cites, sentence.Start + m.Index, sentence.Start + m.Index + m.Length, LeadInReach, RelationType.Reviews);
    }

    /// <summary>A news item or article whose first citing sentence opens "Sau 5 năm thực hiện Chương trình hành động
    /// số 07-CTr/TU …" tells what came of that document: the text reviews it.</summary>
    private void ReadReviewOpening(TextUnit unit, Segment sentence, List<int> cites)
    {
        if (unit.InFootnote || unit.InTable || unit.Sentences.Count == 0 || sentence.Start != unit.Sentences[0].Start) return;
        if (citesOf.Keys.Any(u => !u.InFootnote && !u.InTable && u.Block < unit.Block)) return;
        if (LeadIns.ReviewOpening().Match(TextRange.Between(unit.Text.Text, sentence.Start, sentence.End)) is { Success: true } m)
            OwnList(unit, sentence, cites, sentence.Start + m.Index, sentence.Start + m.Index + m.Length, LeadInReach, RelationType.Reviews);
    }

    private bool IsOwnPlan() =>
        documents.TryGetValue(CitedDocument.OwnId, out var own) && own.Type is DocumentTypes.Plan or DocumentTypes.Programme or DocumentTypes.Scheme;

    private bool IsOwnReport(TextUnit unit) =>
        !unit.InFootnote && documents.TryGetValue(CitedDocument.OwnId, out var own) && own.Type == DocumentTypes.Report;

    /// <summary>A report's section heading over what it reviews (a plan's or a decision's headings are tasks), and a
    /// plan's opening section that assesses the plan before it ("I. Đánh giá tình hình thực hiện Kế hoạch số 14/KH-UBND
    /// …:"): a plan, programme or scheme weighs what came before, as a report does.</summary>
    private void ReadReviewHeading(TextUnit unit, List<int> cites)
    {
        var text = unit.Text.Text;
        if (text.Length > MaxHeading || unit.InFootnote) return;
        if (IsOwnPlan() && LeadIns.AssessmentHeading().Match(text) is { Success: true } assessment)
        {
            OwnList(unit, new Segment(0, text.Length), cites, assessment.Index, assessment.Index + assessment.Length, SectionReach, RelationType.Reviews);
            return;
        }
        if (!IsOwnReport(unit) || BlockReader.IsTerminated(text)) return;
        if (LeadIns.ReviewHeading().Match(text) is { Success: true } heading)
            OwnList(unit, new Segment(0, text.Length), cites, heading.Index, heading.Index + heading.Length, SectionReach, RelationType.Reviews);
    }

    /// <summary>A report's direction sentence: it continues what it names.</summary>
    private void ReadDirections(TextUnit unit, Segment sentence, List<int> cites)
    {
        if (!IsOwnReport(unit)) return;
        var text = unit.Text.Text;
        var clause = TextRange.Between(text, sentence.Start, Math.Min(sentence.End, sentence.Start + LeadInWindow));
        if (LeadIns.Directions().Match(clause) is { Success: true } directions)
            OwnList(unit, sentence, cites, sentence.Start + directions.Index, sentence.Start + directions.Index + directions.Length, SectionReach, RelationType.Continues);
    }

    /// <summary>The list a cue at [<paramref name="cueStart"/>, <paramref name="after"/>) governs is the text's own:
    /// its first citation within reach (farther after "nhất là"), no acting clause before it, and not inside another
    /// citation's title.</summary>
    private void OwnList(TextUnit unit, Segment sentence, List<int> cites, int cueStart, int after, int reach, RelationType type)
    {
        var first = cites.FindIndex(i => mentions[i].Start >= after);
        if (first < 0) return;
        var gap = TextRange.Between(unit.Text.Text, after, mentions[cites[first]].Start);
        var limit = LeadIns.ListOpener().IsMatch(gap) ? OpenedReach : reach;
        if (gap.Length > limit || gap.Contains(';') || IsActingClause(gap)) return;
        if (cites.Any(i => mentions[i].Start < after && mentions[i].End > cueStart)) return;
        var list = ReadList(unit, cites, first, basis: false, issuing: false);
        // "Tiếp tục thực hiện Chỉ thị X; Ban Thường vụ Huyện ủy đã ban hành Công văn Y …": the letter goes on with it, as the
        // lead-in reads it, not the text
        if (type == RelationType.Continues && list.End == ListEnd.Acting) return;
        var voice = OwnVoice(unit);
        foreach (var g in list.Items)
            if (docOf[g] != voice) Add(voice, docOf[g]!, type, unit, sentence.Start, sentence.End);
    }
}
