using System.Text.RegularExpressions;

namespace DanVanKb.Core.Identity;

/// <summary>How much two titles say the same thing: the share of the shorter title's words found in the
/// longer one. Reports abbreviate and reword titles, so containment works better than equality.</summary>
public static partial class TitleSimilarity
{
    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();

    private static readonly HashSet<string> Stop = ["về", "việc", "v", "của", "và", "các", "những", "trong", "đối", "với", "cho", "tại", "theo"];

    public static double Containment(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return 0;
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count < 2 || wb.Count < 2) return 0;
        // "… năm 2022" and "… năm 2023": annual documents with one title pattern are different documents
        var ya = wa.Where(IsYear).ToHashSet();
        var yb = wb.Where(IsYear).ToHashSet();
        if (ya.Count > 0 && yb.Count > 0 && !ya.Overlaps(yb)) return 0;
        var shared = wa.Intersect(wb).Count();
        return (double)shared / Math.Min(wa.Count, wb.Count);
    }

    private static bool IsYear(string w) => w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && w.All(char.IsAsciiDigit);

    public static HashSet<string> Words(string s) =>
        [.. Word().Matches(Vocabulary.ToneMarks.ToModern(s.ToLowerInvariant())).Select(m => m.Value).Where(w => !Stop.Contains(w))];
}
