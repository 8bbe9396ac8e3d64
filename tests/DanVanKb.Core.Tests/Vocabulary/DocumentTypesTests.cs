using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Tests.Vocabulary;

public class DocumentTypesTests
{
    [Theory]
    [InlineData("ctr", "CTr")]
    [InlineData("CTR", "CTr")]
    [InlineData("qđi", "QĐi")]
    [InlineData("nqlt", "NQLT")]
    [InlineData("kh", "KH")]
    public void Writes_a_type_code_found_in_any_case_with_its_own_spelling(string written, string expected)
    {
        Assert.True(DocumentTypes.IsKnownCode(written));
        Assert.Equal(expected, DocumentTypes.CanonicalCode(written));
    }

    [Theory]
    [InlineData("UBND")]
    [InlineData("TTg")]
    [InlineData("Ban")]
    [InlineData("")]
    public void Knows_no_issuer_code_or_word_as_a_type(string written)
    {
        Assert.False(DocumentTypes.IsKnownCode(written));
        Assert.Equal(written.ToUpperInvariant(), DocumentTypes.CanonicalCode(written));
    }

    [Theory]
    [InlineData("TT", true, "Thông tri")]
    [InlineData("TT", false, "Thông tư")]
    [InlineData("tt", false, "Thông tư")]
    [InlineData("QH", true, "Luật")] // no Party type has it: the State's
    [InlineData("QĐi", false, "Quy định")] // no State type has it: the Party's
    public void Reads_a_code_in_its_system_first(string code, bool party, string type)
    {
        Assert.Equal(type, DocumentTypes.FromCode(code, party)?.Name);
    }

    [Fact]
    public void Reads_no_type_from_an_unknown_code()
    {
        Assert.Null(DocumentTypes.FromCode("UBND", party: false));
    }
}
