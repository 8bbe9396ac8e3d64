namespace DanVanKb.Core.Extraction;

/// <summary>The runs of digits a date or a symbol needs, found in one pass before their patterns run: most
/// sentences of a report that hold a digit (numbered items, counts, percentages) have neither, and the
/// patterns' scans over them were a tenth of extraction. Each test is exact: false only where its patterns
/// cannot match. A digit is a Unicode decimal digit, as the patterns' \d.</summary>
internal static class DigitShapes
{
    /// <summary>Every date form ends in a year of exactly four digits ("03/6/2013", "tháng 5 năm 2023").</summary>
    public static bool HasFourDigitRun(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            var run = RunLength(text, i);
            if (run == 4) return true;
            i += Math.Max(run, 1);
        }
        return false;
    }

    /// <summary>Every symbol starts with a number of at most six digits, perhaps a letter ("168a"), perhaps a
    /// space, then "-", "–" or "/" ("25-NQ/TW", "33/CT-TTg", "30 /KH-UBND").</summary>
    public static bool HasSymbolStart(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length;)
        {
            var run = RunLength(text, i);
            if (run == 0)
            {
                i++;
                continue;
            }
            var j = i + run;
            i = j;
            if (run > 6) continue;
            if (j < text.Length && text[j] is >= 'a' and <= 'z') j++;
            if (j < text.Length && text[j] == ' ') j++;
            if (j < text.Length && text[j] is '-' or '–' or '/') return true;
        }
        return false;
    }

    private static int RunLength(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i - from;
    }
}
