namespace DanVanKb.Core.Tests.Legacy;

public class VietnameseAlphabetTests
{
    [Fact]
    public void Has_67_distinct_lowercase_letters_and_their_67_capitals()
    {
        Assert.Equal(67, VietnameseAlphabet.Lowercase.Distinct().Count());
        Assert.Equal(67, VietnameseAlphabet.Uppercase.Distinct().Count());
        Assert.All(VietnameseAlphabet.Uppercase, c => Assert.True(char.IsUpper(c), $"{c}"));
        Assert.Contains('ặ', VietnameseAlphabet.Lowercase);
        Assert.Contains('Ự', VietnameseAlphabet.Uppercase);
    }
}
