using System.Text.RegularExpressions;

namespace DanVanKb.Core.Identity;

/// <summary>How much two titles say the same thing: the share of the shorter title's words found in the
/// longer one. Reports abbreviate and reword titles, so containment works better than equality.</summary>
public static partial class TitleSimilarity
{
    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();

    private static readonly HashSet<string> Stop = ["về", "việc", "v", "của", "và", "các", "những", "trong", "đối", "với", "cho", "tại", "theo"];

    public static double Containment(string? a, string? b) => Containment(a, b, Words);

    /// <summary>Containment for one caller that compares the same titles many times (a graph rebuild
    /// compares each cited title with every other spelling of its symbol): each title's words found once.</summary>
    public sealed class Memo
    {
        private readonly Dictionary<string, HashSet<string>> words = new(StringComparer.Ordinal);

        /// <summary>Made once: a method group passed as a delegate is a new delegate at every call.</summary>
        private readonly Func<string, HashSet<string>> lookup;

        public Memo() => lookup = Words;

        public double Containment(string? a, string? b) => TitleSimilarity.Containment(a, b, lookup);

        private HashSet<string> Words(string title) =>
            words.TryGetValue(title, out var found) ? found : words[title] = TitleSimilarity.Words(title);
    }

    private static double Containment(string? a, string? b, Func<string, HashSet<string>> words)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return 0;
        var wa = words(a);
        var wb = words(b);
        if (wa.Count < 2 || wb.Count < 2) return 0;
        // "… năm 2022" and "… năm 2023": annual documents with one title pattern are different documents
        if (HasYear(wa) && HasYear(wb) && !SharesYear(wa, wb)) return 0;
        // counted without building sets: a rebuild compares each title with every other spelling of its symbol
        var shared = 0;
        foreach (var w in wa)
            if (wb.Contains(w)) shared++;
        return (double)shared / Math.Min(wa.Count, wb.Count);
    }

    private static bool HasYear(HashSet<string> words)
    {
        foreach (var w in words)
            if (IsYear(w)) return true;
        return false;
    }

    private static bool SharesYear(HashSet<string> a, HashSet<string> b)
    {
        foreach (var w in a)
            if (IsYear(w) && b.Contains(w)) return true;
        return false;
    }

    private static bool IsYear(string w) => w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && w.All(char.IsAsciiDigit);

    public static HashSet<string> Words(string s) =>
        [.. Word().Matches(Vocabulary.ToneMarks.ToModern(s.ToLowerInvariant())).Select(m => m.Value).Where(w => !Stop.Contains(w))];
}
