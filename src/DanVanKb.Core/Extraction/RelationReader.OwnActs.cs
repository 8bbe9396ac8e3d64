using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The event rule: a news item's own record is the event it tells of ("Ngày 28/11, Tỉnh ủy X tổ chức
/// hội nghị tổng kết 10 năm thực hiện Nghị quyết Y": the conference reviews Y), so "which localities reviewed
/// Y" has an answer. Requests ("yêu cầu … quán triệt") are not acts.</summary>
internal sealed partial class RelationReader
{
    /// <summary>How far an act's cue may stand from the first document it names: "đã được quán triệt những nội
    /// dung cơ bản của các nghị quyết, kết luận …: Nghị quyết số 02-NQ/TU …".</summary>
    private const int ActReach = 160;

    private void ReadOwnActs(TextUnit unit, Segment sentence, List<int> cites)
    {
        if (!documents.ContainsKey(CitedDocument.OwnId)) return;
        var text = unit.Text.Text;
        var s = TextRange.Between(text, sentence.Start, sentence.End);
        foreach (System.Text.RegularExpressions.Match m in LeadIns.OwnAct().Matches(s))
        {
            if (!IsEventAct(s, m)) continue;
            if (m.Value.StartsWith(';') && !LeadIns.OwnAct().IsMatch(s[..m.Index])) continue; // a clause of an act named before
            if (InCitedClause(unit, cites, sentence.Start + m.Index)) continue;
            var after = sentence.Start + m.Index + m.Length;
            var first = cites.FindIndex(i => mentions[i].Start >= after);
            if (first < 0) continue;
            var reach = TextRange.Between(text, after, mentions[cites[first]].Start);
            if (reach.Length > ActReach || IsActingClause(reach) || (reach.Contains(';') && !reach.TrimEnd().EndsWith(':'))) continue;
            // a cue inside a cited document's title ("Kế hoạch … về triển khai …") belongs to that document
            if (cites.Any(i => mentions[i].Start < after && mentions[i].End > sentence.Start + m.Index)) continue;
            var type = ActType(s, m);
            foreach (var g in ReadList(unit, cites, first, basis: false, issuing: false).Items)
                Add(CitedDocument.OwnId, docOf[g]!, type, unit, sentence.Start, sentence.End);
        }
    }

    /// <summary>"…; Quyết định số 1065/QĐ-BGDĐT … ban hành Kế hoạch triển khai thực hiện Đề án …": an act in the clause of a
    /// citation before it, nothing between but that document's words, is what the document does, not the event.</summary>
    private bool InCitedClause(TextUnit unit, List<int> cites, int act) =>
        cites.Where(i => mentions[i].End <= act).Select(i => mentions[i].End).DefaultIfEmpty(-1).Max() is var end and >= 0
        && !RelationCues.ClauseBreak.IsMatch(TextRange.Between(unit.Text.Text, end, act));

    /// <summary>An event's act that is not a request (<see cref="LeadIns.Request"/>) in a sentence about the event.</summary>
    private static bool IsEventAct(string sentence, System.Text.RegularExpressions.Match act) =>
        !LeadIns.Request().IsMatch(sentence[Math.Max(sentence.LastIndexOf(';', act.Index), 0)..act.Index])
        && LeadIns.Event().IsMatch(sentence[..(act.Index + act.Length)]);

    /// <summary>A review's act reviews, and so does carrying out looked back on over years ("Hội nghị đánh giá, qua 10 năm
    /// triển khai thực hiện …"); studying, disseminating or carrying out implements.</summary>
    private static RelationType ActType(string sentence, System.Text.RegularExpressions.Match act)
    {
        var cue = act.Groups["cue"];
        return cue.Value.ToLowerInvariant() is "sơ kết" or "tổng kết" || LeadIns.OverYears().IsMatch(sentence[..cue.Index])
            ? RelationType.Reviews
            : RelationType.Implements;
    }
}
