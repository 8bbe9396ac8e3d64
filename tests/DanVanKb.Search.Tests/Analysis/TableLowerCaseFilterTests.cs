using DanVanKb.Search.Analysis;

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace DanVanKb.Search.Tests.Analysis;

public class TableLowerCaseFilterTests
{
    private static string Lowered(string token, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new KeywordTokenizer(new StringReader(token)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        Assert.True(stream.IncrementToken());
        var text = term.ToString();
        stream.End();
        return text;
    }

    private static string ByTable(string token) => Lowered(token, s => new TableLowerCaseFilter(s));

    private static string ByLucene(string token) => Lowered(token, s => new LowerCaseFilter(VietnameseAnalyzer.Version, s));

    [Fact]
    public void Lowers_every_code_unit_as_Lucenes_filter_does()
    {
        var all = string.Concat(Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c)));
        var table = ByTable(all);
        var lucene = ByLucene(all);
        var differ = Enumerable.Range(0, all.Length).Where(i => table[i] != lucene[i]).Select(i => $"U+{(int)all[i]:X4}").Take(10);
        Assert.Empty(differ);
        Assert.Equal(lucene, table);
    }

    [Theory]
    [InlineData("ĐẢNG ỦY", "đảng ủy")]
    [InlineData("NGHỊ QUYẾT 25-NQ/TW", "nghị quyết 25-nq/tw")]
    [InlineData("ƯỚC", "ước")]
    public void Lowers_Vietnamese_capitals(string token, string expected) => Assert.Equal(expected, ByTable(token));

    [Theory]
    [InlineData("\U00010400\U00010401")] // Deseret capitals: a surrogate pair each
    [InlineData("AB\U00010400cD")]
    public void Lowers_surrogate_pairs_as_Lucenes_filter_does(string token)
    {
        Assert.Equal(ByLucene(token), ByTable(token));
        Assert.NotEqual(token, ByTable(token));
    }
}
