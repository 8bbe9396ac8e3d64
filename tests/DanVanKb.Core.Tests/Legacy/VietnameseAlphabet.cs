using System.Text;

namespace DanVanKb.Core.Tests.Legacy;

/// <summary>The Vietnamese letters that ASCII lacks, built from Unicode (a vowel, its shape mark, one of
/// the five tones), not from any legacy chart: 67 lowercase and their 67 capitals.</summary>
public static class VietnameseAlphabet
{
    private static readonly string[] Vowels = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"];

    private static readonly string[] Tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

    public static IReadOnlyList<char> Lowercase { get; } = Build();

    public static IReadOnlyList<char> Uppercase { get; } = [.. Lowercase.Select(char.ToUpperInvariant)];

    public static TheoryData<string> LowercaseData => [.. Lowercase.Select(c => c.ToString())];

    public static TheoryData<string> UppercaseData => [.. Uppercase.Select(c => c.ToString())];

    private static List<char> Build()
    {
        var letters = new List<char> { 'đ' };
        foreach (var vowel in Vowels)
            foreach (var tone in Tones)
            {
                var letter = (vowel + tone).Normalize(NormalizationForm.FormC);
                if (letter.Length != 1) throw new InvalidOperationException($"{vowel}{tone} does not compose");
                if (letter[0] >= 0x80) letters.Add(letter[0]);
            }
        return letters;
    }
}
