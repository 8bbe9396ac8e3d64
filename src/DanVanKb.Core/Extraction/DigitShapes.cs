namespace DanVanKb.Core.Extraction;

/// <summary>The runs of digits a date or a symbol needs, found in one pass before their patterns run: most
/// sentences of a report that hold a digit (numbered items, counts, percentages) have neither, and the
/// patterns' scans over them were a tenth of extraction. Each is exact: it rules out only the places its
/// patterns cannot match. A digit is a Unicode decimal digit, as the patterns' \d.</summary>
internal static class DigitShapes
{
    /// <summary>Every date form ends in a year of exactly four digits ("03/6/2013", "tháng 5 năm 2023").</summary>
    public static bool HasFourDigitRun(ReadOnlySpan<char> text)
    {
        for (var i = NextDigit(text, 0); i >= 0;)
        {
            var run = RunLength(text, i);
            if (run == 4) return true;
            i = NextDigit(text, i + run);
        }
        return false;
    }

    /// <summary>Where each number that may start a symbol starts, in text order: the only places a symbol's
    /// pattern can match. Every symbol starts with a number of at most six digits, perhaps a letter ("168a", "64B"),
    /// perhaps a space, then "-", "–" or "/" ("25-NQ/TW", "33/CT-TTg", "30 /KH-UBND"), or with a type glued to the
    /// number ("12NQ/TU").</summary>
    public static IReadOnlyList<int> SymbolStarts(ReadOnlySpan<char> text)
    {
        List<int>? starts = null;
        for (var i = NextDigit(text, 0); i >= 0;)
        {
            var end = i + RunLength(text, i);
            if (end - i <= 6 && SeparatorAt(text, end)) (starts ??= []).Add(i);
            i = NextDigit(text, end);
        }
        return starts is null ? [] : starts;
    }

    /// <summary>After a symbol's number: perhaps a letter (a capital in 64B-HĐBT), perhaps a space, then its separator;
    /// or a Party type glued to it before the slash (12NQ/TU).</summary>
    private static bool SeparatorAt(ReadOnlySpan<char> text, int j)
    {
        if (GluedTypeAt(text, j)) return true;
        if (j < text.Length && text[j] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) j++;
        if (j < text.Length && text[j] == ' ') j++;
        return j < text.Length && text[j] is '-' or '–' or '/';
    }

    /// <summary>Two to four capitals (an "r" after the first, as in CTr) and a slash.</summary>
    private static bool GluedTypeAt(ReadOnlySpan<char> text, int j)
    {
        var k = j;
        while (k < text.Length && k - j < 4 && (char.IsUpper(text[k]) || (k > j && text[k] == 'r'))) k++;
        return k - j >= 2 && k < text.Length && text[k] == '/';
    }

    private static int NextDigit(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (IsDigit(text[i])) return i;
        return -1;
    }

    private static int RunLength(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && IsDigit(text[i])) i++;
        return i - from;
    }

    /// <summary>No decimal digit lies between '9' and U+0660: most letters are told apart without a table.</summary>
    private static bool IsDigit(char c) => c <= '9' ? c >= '0' : c >= '\u0660' && char.IsDigit(c);
}
