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
        var s = term.ToString();
        var n = Normalize(s);
        if (!ReferenceEquals(n, s)) term.SetEmpty().Append(n);
        return true;
    }

    internal static string Normalize(string s)
    {
        var n = s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        if (n.AsSpan().IndexOfAny('\u00D0', '\u00F0') >= 0) n = n.Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
        return n;
    }
}
