using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The "Theo đó" rule: a news item that announces a document ("Ngày 14/8, UBND huyện có Văn bản
/// số 1554/UBND-VH&amp;TT …") goes on to tell what it asks for ("Theo đó, UBND huyện yêu cầu … triển khai thực hiện
/// Kế hoạch số 241/KH-UBND …"): the document carries out what that sentence names.</summary>
internal sealed partial class RelationReader
{
    /// <summary>"Theo đó," opening a sentence: it speaks for the document just announced.</summary>
    [GeneratedRegex(@"^\W{0,3}Theo đó\s*,")]
    private static partial Regex Accordingly();

    /// <summary>What the announced document asks to be carried out; a request to study or disseminate ("quán triệt
    /// Chỉ thị …") alone is not read as the document carrying it out.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:thực hiện|triển khai)(?![\p{L}])")]
    private static partial Regex CarryingOut();

    /// <summary>How many blocks before the "Theo đó" sentence the announcement may stand (a photo caption or a blank
    /// line may come between).</summary>
    private const int AnnouncementBlocks = 4;

    private void ReadAccordingly(TextUnit unit, Segment sentence, List<int> cites)
    {
        var text = unit.Text.Text;
        var s = TextRange.Between(text, sentence.Start, sentence.End);
        if (!Accordingly().IsMatch(s) || Announced(unit, sentence.Start) is not { } announced) return;
        foreach (Match m in CarryingOut().Matches(s))
        {
            var after = sentence.Start + m.Index + m.Length;
            var first = cites.FindIndex(i => mentions[i].Start >= after);
            if (first < 0) return;
            var gap = TextRange.Between(text, after, mentions[cites[first]].Start);
            var reach = LeadIns.ListOpener().IsMatch(gap) ? OpenedReach : ActReach;
            if (gap.Length > reach || gap.Contains(';') || IsActingClause(gap)) continue;
            // a cue inside a cited document's title belongs to that document
            if (cites.Any(i => mentions[i].Start < after && mentions[i].End > sentence.Start + m.Index)) continue;
            foreach (var g in ReadList(unit, cites, first, basis: false, issuing: false).Items)
                if (docOf[g] != announced) Add(announced, docOf[g]!, RelationType.Implements, unit, sentence.Start, sentence.End);
            return;
        }
    }

    /// <summary>What "Theo đó" speaks for: the document cited last before it, else, when the text cites nothing
    /// before it, the unnumbered instruction the text itself reports ("Theo đó, Ban Thường vụ Huyện ủy đề nghị … triển
    /// khai sâu rộng Kết luận số 93-KL/TW": the text's own record).</summary>
    private string? Announced(TextUnit unit, int at)
    {
        if (AnnouncedBefore(unit, at) is { } announced) return announced;
        var citedBefore = citesOf.Any(u => u.Value.Count > 0 && (u.Key.Block < unit.Block || (u.Key == unit && u.Value.Any(i => mentions[i].Start < at))));
        return citedBefore || !documents.ContainsKey(CitedDocument.OwnId) ? null : CitedDocument.OwnId;
    }

    /// <summary>The document cited last before <paramref name="at"/>: earlier in the same paragraph or in one of the
    /// few before it.</summary>
    private string? AnnouncedBefore(TextUnit unit, int at)
    {
        string? last = null;
        (int Block, int Start) lastAt = (-1, -1);
        foreach (var (other, cites) in citesOf)
        {
            if (other.InFootnote || other.InTable || other.Block > unit.Block || other.Block < unit.Block - AnnouncementBlocks) continue;
            foreach (var i in cites)
            {
                var place = (other.Block, mentions[i].Start);
                if ((other.Block == unit.Block && mentions[i].Start >= at) || place.CompareTo(lastAt) <= 0) continue;
                (last, lastAt) = (docOf[i], place);
            }
        }
        return last;
    }
}
