using System.Globalization;
using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>Facts about Vietnamese letters: the vowels, the five tone marks and the three other
/// diacritics (circumflex, breve, horn) as Unicode combining marks.</summary>
internal static class VietnameseLetters
{
    /// <summary>huyền, sắc, ngã, hỏi, nặng.</summary>
    public static bool IsToneMark(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    /// <summary>circumflex (â ê ô), breve (ă), horn (ơ ư).</summary>
    public static bool IsShapeMark(char c) => c is '\u0302' or '\u0306' or '\u031B';

    public static bool IsBaseVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A vowel that carries no tone yet (a, â, ơ … in either case), which a tone mark may follow.</summary>
    public static bool IsUntonedVowel(char c)
    {
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        if (!IsBaseVowel(d[0])) return false;
        foreach (var m in d.AsSpan(1))
            if (!IsShapeMark(m)) return false;
        return true;
    }

    /// <summary>Whether the letter carries a tone mark.</summary>
    public static bool HasTone(char c)
    {
        if (c < 0xC0) return false;
        foreach (var m in c.ToString().Normalize(NormalizationForm.FormD))
            if (IsToneMark(m)) return true;
        return false;
    }

    public static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
