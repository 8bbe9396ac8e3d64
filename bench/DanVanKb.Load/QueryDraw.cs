using System.Globalization;
using System.Text;

using DanVanKb.Storage.Reading;

namespace DanVanKb.Load;

/// <summary>Searches drawn from the knowledge base itself, seeded, the way people type them: a word or two
/// of a sentence the reports wrote (the relations' evidence, the documents' titles), sometimes without
/// accents, quoted or cut short with *; a symbol as written; a type code and number ("nq 25"). Thousands of
/// distinct ones, so the site's answer cache helps only as often as it would for real readers.</summary>
public static class QueryDraw
{
    public static IReadOnlyList<string> From(ExportModel kb, int count, int seed)
    {
        var random = new Random(seed);
        var sentences = kb.Relations.Select(r => r.Evidence).Concat(kb.Documents.Select(d => d.Title ?? "")).Where(s => s.Length > 0).ToArray();
        var symbols = kb.Documents.Where(d => d.Symbol is not null).Select(d => d.Symbol!).ToArray();
        var queries = new HashSet<string>(StringComparer.Ordinal);
        // a small knowledge base has fewer distinct searches than asked for: stop when draws stop being new
        for (var tries = 0; queries.Count < count && tries < count * 20 && sentences.Length > 0; tries++)
        {
            var roll = random.Next(100);
            var q = roll switch
            {
                < 15 when symbols.Length > 0 => symbols[random.Next(symbols.Length)],
                < 20 when symbols.Length > 0 => ShortForm(symbols[random.Next(symbols.Length)]),
                _ => FromWords(Words(sentences[random.Next(sentences.Length)]), roll, random),
            };
            if (!string.IsNullOrWhiteSpace(q)) queries.Add(q);
        }
        return [.. queries];
    }

    private static string? FromWords(string[] words, int roll, Random random)
    {
        if (words.Length == 0) return null;
        var at = random.Next(words.Length);
        var take = Math.Min(words.Length - at, roll < 55 ? 1 : roll < 80 ? 2 : 3);
        var phrase = string.Join(' ', words.Skip(at).Take(take));
        return roll switch
        {
            < 30 when words[at].Length > 3 => words[at][..^1] + "*",
            < 65 => phrase,
            < 75 => Unaccented(phrase),
            _ => take > 1 ? $"\"{phrase}\"" : phrase,
        };
    }

    /// <summary>The lower-cased letter words of a sentence (numbers and symbols left out).</summary>
    public static string[] Words(string sentence) =>
        [.. sentence.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w.All(char.IsLetter))];

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '\n', '\t', '-', '/'];

    /// <summary>"25-NQ/TW" → "nq 25": the type code and number people type.</summary>
    private static string? ShortForm(string symbol)
    {
        var parts = symbol.Split('-', '/');
        return parts.Length >= 2 && parts[0].All(char.IsDigit) ? $"{parts[1].ToLowerInvariant()} {parts[0]}" : null;
    }

    private static string Unaccented(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Replace('đ', 'd').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }
}
