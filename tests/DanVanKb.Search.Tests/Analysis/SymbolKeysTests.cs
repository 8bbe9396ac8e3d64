using DanVanKb.Search.Analysis;

namespace DanVanKb.Search.Tests.Analysis;

public class SymbolKeysTests
{
    [Theory]
    [InlineData("25-NQ/TW", "25 nq tw")]
    [InlineData("25/NQ-TW", "25 nq tw")]
    [InlineData("33/CT-TTg", "33 ct ttg")]
    [InlineData("nq 25", "nq 25")]
    [InlineData("25 nq", "nq 25")]
    [InlineData("kl 43", "kl 43")]
    [InlineData("Nghị quyết 25", "nq 25")]
    [InlineData("Nghị quyết số 25", "nq 25")]
    [InlineData("Đề án 06", "da 6")]
    public void A_query_that_looks_like_a_symbol_has_the_key_of_the_document(string query, string key) =>
        Assert.Contains(key, SymbolKeys.ForQuery(query));

    [Theory]
    [InlineData("dân vận khéo")]
    [InlineData("công tác dân vận 2023")]
    public void Words_are_not_symbols(string query) => Assert.Empty(SymbolKeys.ForQuery(query));

    [Fact]
    public void A_document_is_keyed_by_its_symbol_and_by_type_code_and_number()
    {
        var keys = SymbolKeys.ForDocument(["25-NQ/TW"], "25", "Nghị quyết");
        Assert.Contains("25 nq tw", keys);
        Assert.Contains("nq 25", keys);
    }
}
