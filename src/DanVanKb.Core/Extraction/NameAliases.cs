using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>A law cited once with its name and number ("Luật Tiếp công dân số 42/2013/QH13") is cited by its name
/// alone after that ("… quy định chi tiết thi hành một số điều của Luật tiếp công dân"): those names are mentions
/// of the numbered law, so what is said of them is said of it. So is the project or programme a decision approves
/// ("Quyết định số 1677/QĐ-TTg … phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018-2025"): named alone
/// later ("Kế hoạch triển khai thực hiện Đề án phát triển giáo dục mầm non …"), it stands for the decision, as a
/// project called by the decision's number does ("Đề án 31").</summary>
internal static partial class NameAliases
{
    /// <summary>The name written right before a law's number.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<name>(?:Bộ\s+)?[Ll]uật(?:\s+\p{L}+){1,8}?)\s+(?:số\s*:?\s*)?$")]
    private static partial Regex NameBefore();

    private const int NameReach = 80;

    /// <summary>A project's name right after its decision's citation, past the date and issuer: "… của Thủ tướng Chính
    /// phủ (về việc) phê duyệt Chương trình phát triển sản phẩm quốc gia đến năm 2020;". Four words at least after
    /// its type, to the next punctuation: "phê duyệt Đề án 06" or "Chương trình hành động" names nothing of its own.</summary>
    [GeneratedRegex(@"^[^;.]{0,80}?(?<![\p{L}])phê duyệt\s+(?<name>(?:Đề án|Chương trình|Chiến lược|Quy hoạch|Dự án)(?:\s+[\p{L}\d][\p{L}\d\-–]*){4,20})\s*(?:[;,.:(“”""]|$)")]
    private static partial Regex ApprovedName();

    /// <summary>An approved name right after "phê duyệt": the approval itself, not a mention of the project.</summary>
    [GeneratedRegex(@"phê duyệt\s*$")]
    private static partial Regex ApprovalBefore();

    /// <summary>A name's document: the type its mentions take, and the symbol they stand for.</summary>
    public sealed record Alias(string TypeName, string Symbol);

    /// <summary>The names the full citations give their documents, each to the citation's symbol.</summary>
    public static Dictionary<string, Alias> Read(IReadOnlyList<LocatedMention> located)
    {
        var aliases = new Dictionary<string, Alias>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in located.Where(m => m.Mention.Kind == MentionKind.Full && m.Mention.Symbol is not null))
        {
            var text = m.Unit.Text.Text;
            var symbolAt = text.IndexOf(m.Mention.Written, m.Start, StringComparison.Ordinal);
            if (symbolAt < 0) continue;
            var before = TextRange.Between(text, Math.Max(m.Unit.SegmentAt(m.Start).Start, symbolAt - NameReach), symbolAt);
            if (NameBefore().Match(before) is { Success: true } name)
                aliases.TryAdd(Normalize(name.Groups["name"].Value), new("Luật", m.Mention.Symbol!.Canonical));
            if (m.Mention.TypeName == "Quyết định" && ApprovedName().Match(TextRange.Between(text, m.CoreEnd, text.Length)) is { Success: true } approved)
                aliases.TryAdd(Normalize(approved.Groups["name"].Value), new(m.Mention.TypeName, m.Mention.Symbol!.Canonical));
        }
        return aliases;
    }

    /// <summary>Every other place a unit names an aliased document, as a named mention of it.</summary>
    public static IEnumerable<LocatedMention> Mentions(IReadOnlyList<TextUnit> units, IReadOnlyList<LocatedMention> located, Dictionary<string, Alias> aliases, LineIndex lines)
    {
        if (aliases.Count == 0) yield break;
        var pattern = new Regex(@"(?<![\p{L}])(?:" + string.Join('|', aliases.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+"))) + @")(?![\p{L}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var byUnit = located.ToLookup(m => m.Unit);
        foreach (var unit in units)
        {
            var text = unit.Text.Text;
            // a name another reader also took ("Luật Tiếp công dân" as a named reference) is still this law's
            var numbered = byUnit[unit].Where(m => m.Mention.Kind != MentionKind.Named).ToList();
            var taken = new Occupancy(text.Length);
            foreach (var m in numbered) taken.Take(m.Start, m.CoreEnd);
            foreach (Match match in pattern.Matches(text))
            {
                var end = match.Index + match.Length;
                if (taken.Overlaps(match.Index, end)) continue;
                if (numbered.Any(m => m.Start >= end && m.Start - end <= 8)) continue; // the name that gives the number
                if (ApprovalBefore().IsMatch(TextRange.Between(text, Math.Max(0, match.Index - 12), match.Index))) continue;
                var seg = unit.SegmentIndexAt(match.Index);
                var alias = aliases[Normalize(match.Value)];
                var mention = new Mention(MentionKind.Named, match.Value, null, null, alias.TypeName, null, null, null, null,
                    lines.Span(unit.Text.ToSource(match.Index), unit.Text.ToSource(end)), seg, unit.InFootnote, unit.InTable);
                yield return new LocatedMention(mention, unit, match.Index, end, -1, end, seg) { AliasOf = alias.Symbol };
            }
        }
    }

    private static string Normalize(string name) => Spacing.Collapse(name).Trim();
}
