using System.Globalization;
using System.Text;

using DanVanKb.Core.Identity;

namespace DanVanKb.Storage.Writing;

/// <summary>Readable, stable names for documents in URLs: 25-NQ-TW-2013, 33-CT-TTg-2021.</summary>
public static class Slugs
{
    public static string For(GraphDocument d)
    {
        var year = d.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "x";
        var basis = d.Symbol is not null ? $"{d.Symbol.Canonical}-{year}"
            : d.CitedOnly && d.Number is not null ? $"{d.Type}-{d.Number}-{d.Issuer?.Locality ?? "x"}-{year}"
            : $"{d.Type}-{d.Issuer?.Locality ?? "x"}-{d.Date?.ToIso() ?? d.Id[4..]}";
        var sb = new StringBuilder();
        foreach (var c in Fold(basis))
            sb.Append(char.IsLetterOrDigit(c) ? c : '-');
        var slug = sb.ToString();
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }

    /// <summary>Removes Vietnamese accents (đ → d) so URLs stay ASCII.</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
