using System.Text;

using DanVanKb.Search.Analysis;

namespace DanVanKb.Search.Tests.Analysis;

public class VietnameseAnalyzerTests
{
    private static IReadOnlyList<string> Folded(string text) => SearchAnalyzers.Terms(SearchAnalyzers.Folded, SearchFields.Text, text);

    private static IReadOnlyList<string> Exact(string text) => SearchAnalyzers.Terms(SearchAnalyzers.Exact, SearchFields.TextExact, text);

    [Theory]
    [InlineData("Dân vận khéo")]
    [InlineData("dan van kheo")]
    [InlineData("DÂN VẬN KHÉO")]
    [InlineData("dân vận khéo")]
    public void Folds_every_spelling_to_the_same_terms(string text) =>
        Assert.Equal(["dan", "van", "kheo"], Folded(text));

    [Fact]
    public void Decomposed_accents_are_composed_before_folding_and_in_the_exact_field()
    {
        var nfd = "Đảng ủy dân vận".Normalize(NormalizationForm.FormD);
        Assert.Equal(["dang", "uy", "dan", "van"], Folded(nfd));
        Assert.Equal(["đảng", "ủy", "dân", "vận"], Exact(nfd));
    }

    [Fact]
    public void Latin_eth_typed_for_D_with_stroke_is_read_as_D_with_stroke() =>
        Assert.Equal(["đảng"], Exact("\u00D0ảng"));

    [Fact]
    public void Exact_field_keeps_accents_and_lowers_case() =>
        Assert.Equal(["dân", "vận", "khéo"], Exact("DÂN VẬN KHÉO"));

    [Fact]
    public void Characters_read_in_place_are_ones_nfc_never_changes_alone()
    {
        // the filter skips tokens made only of these: below the combining marks, and Latin Extended Additional
        var ranges = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Where(c => c is not (0xD0 or 0xF0));
        Assert.All(ranges, c => Assert.True(((char)c).ToString().IsNormalized(NormalizationForm.FormC), $"U+{c:X4}"));
    }

    [Fact]
    public void A_precomposed_letter_followed_by_a_combining_mark_is_still_composed() =>
        Assert.Equal(["ấp"], Exact("\u00E2\u0301p")); // â + combining acute
}
