using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace DanVanKb.Search.Analysis;

/// <summary>Lower-cases tokens in place through a table of every UTF-16 code unit, built once with Lucene's
/// own lower-casing: Lucene's LowerCaseFilter asks the culture (ICU on Linux) token by token, the largest
/// single item in a profile of the index build, as nearly every Vietnamese word has a non-ASCII letter. Its
/// terms are LowerCaseFilter's (a test compares every code unit); a surrogate pair, outside the table, takes
/// LowerCaseFilter's own path.</summary>
internal sealed class TableLowerCaseFilter : TokenFilter
{
    private static readonly Lazy<char[]> Table = new(Build);

    private readonly ICharTermAttribute term;
    private readonly char[] lower = Table.Value;

    public TableLowerCaseFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        var length = term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsSurrogate(c))
            {
                Utils.ToLower(buffer, i, length);
                break;
            }
            buffer[i] = lower[c];
        }
        return true;
    }

    private static CharacterUtils Utils => CharacterUtils.GetInstance(VietnameseAnalyzer.Version);

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        var single = new char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
            if (char.IsSurrogate((char)c)) continue; // only a pair lower-cases, through the fallback above
            single[0] = (char)c;
            Utils.ToLower(single, 0, 1);
            table[c] = single[0];
        }
        return table;
    }
}
