using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>A law cited once with its name and number ("Luật Tiếp công dân số 42/2013/QH13") is cited by its name
/// alone after that ("… quy định chi tiết thi hành một số điều của Luật tiếp công dân"): those names are mentions
/// of the numbered law, so what is said of them is said of it.</summary>
internal static partial class NameAliases
{
    /// <summary>The name written right before a law's number.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<name>(?:Bộ\s+)?[Ll]uật(?:\s+\p{L}+){1,8}?)\s+(?:số\s*:?\s*)?$")]
    private static partial Regex NameBefore();

    private const int NameReach = 80;

    /// <summary>The names the full citations give their documents, each to the citation's symbol.</summary>
    public static Dictionary<string, string> Read(IReadOnlyList<LocatedMention> located)
    {
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in located.Where(m => m.Mention.Kind == MentionKind.Full && m.Mention.Symbol is not null))
        {
            var text = m.Unit.Text.Text;
            var symbolAt = text.IndexOf(m.Mention.Written, m.Start, StringComparison.Ordinal);
            if (symbolAt < 0) continue;
            var before = TextRange.Between(text, Math.Max(m.Unit.SegmentAt(m.Start).Start, symbolAt - NameReach), symbolAt);
            if (NameBefore().Match(before) is { Success: true } name)
                aliases.TryAdd(Normalize(name.Groups["name"].Value), m.Mention.Symbol!.Canonical);
        }
        return aliases;
    }

    /// <summary>Every other place a unit names an aliased document, as a named mention of it.</summary>
    public static IEnumerable<LocatedMention> Mentions(IReadOnlyList<TextUnit> units, IReadOnlyList<LocatedMention> located, Dictionary<string, string> aliases, LineIndex lines)
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
                var seg = unit.SegmentIndexAt(match.Index);
                var mention = new Mention(MentionKind.Named, match.Value, null, null, "Luật", null, null, null, null,
                    lines.Span(unit.Text.ToSource(match.Index), unit.Text.ToSource(end)), seg, unit.InFootnote, unit.InTable);
                yield return new LocatedMention(mention, unit, match.Index, end, -1, end, seg) { AliasOf = aliases[Normalize(match.Value)] };
            }
        }
    }

    private static string Normalize(string name) => Spacing.Collapse(name).Trim();
}
