using System.Text;

namespace DanVanKb.Core.Vocabulary;

/// <summary>Vietnamese has two habits for placing the tone mark in oa, oe, uy (hoà/hòa, uỷ/ủy). Names are
/// compared and stored in the newer habit so that "Phổ Hoà" and "Phổ Hòa" are one place.</summary>
public static class ToneMarks
{
    private static readonly Dictionary<string, string> OldToNew = Build();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> OldToNewSpans = OldToNew.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text with each old-habit pair at a syllable's end in the new habit; the text itself when it has
    /// none (most have none: no copy, and no two-character string made per character to look up).</summary>
    public static string ToModern(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        StringBuilder? sb = null;
        var copied = 0;
        var i = 0;
        while (i + 2 <= text.Length)
        {
            if (OldToNewSpans.TryGetValue(text.AsSpan(i, 2), out var repl)
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2]))
                && !(i > 0 && text[i - 1] is 'q' or 'Q'))
            {
                (sb ??= new StringBuilder(text.Length)).Append(text, copied, i - copied).Append(repl);
                i += 2;
                copied = i;
                continue;
            }
            i++;
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static Dictionary<string, string> Build()
    {
        // tone marks as combining characters: grave, acute, hook, tilde, dot below
        string[] marks = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        // in every case: "Uỷ ban" opens a sentence as often as "uỷ ban" runs inside one
        var pairs = from pair in new[] { ("o", "a"), ("o", "e"), ("u", "y") }
                    from first in new[] { pair.Item1, pair.Item1.ToUpperInvariant() }
                    from second in new[] { pair.Item2, pair.Item2.ToUpperInvariant() }
                    select (first, second);
        foreach (var (first, second) in pairs)
            foreach (var mark in marks)
            {
                var old = (first + (second + mark).Normalize(NormalizationForm.FormC)).Normalize(NormalizationForm.FormC);
                var modern = ((first + mark).Normalize(NormalizationForm.FormC) + second).Normalize(NormalizationForm.FormC);
                map[old] = modern;
            }
        return map;
    }
}
