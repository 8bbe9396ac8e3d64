using System.Text;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DanVanKb.Search.Analysis;

/// <summary>Composes every token to NFC (reports come with decomposed accents) and maps the Latin
/// Ð/ð typed for Vietnamese Đ/đ, so both spellings index as one term. Offsets are left untouched.</summary>
internal sealed class VietnameseNormalizationFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public VietnameseNormalizationFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        // most tokens are composed already: read them in place, without a string per token
        if (!NeedsWork(term.Buffer.AsSpan(0, term.Length))) return true;
        var s = term.ToString();
        var n = Normalize(s);
        if (!ReferenceEquals(n, s)) term.SetEmpty().Append(n);
        return true;
    }

    /// <summary>Whether a token may change: it holds the Latin Ð/ð, or a character outside the ranges NFC never
    /// changes on their own (below the combining marks at U+0300, and Vietnamese's precomposed letters at
    /// U+1E00–U+1EFF), which the full check then decides.</summary>
    private static bool NeedsWork(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
            if (c is '\u00D0' or '\u00F0' || (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')) return true;
        return false;
    }

    internal static string Normalize(string s)
    {
        var n = s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        if (n.AsSpan().IndexOfAny('\u00D0', '\u00F0') >= 0) n = n.Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        return n;
    }
}
