using DanVanKb.Core.Text;

namespace DanVanKb.Core.Tests.Text;

public class MappedTextTests
{
    [Fact]
    public void A_paragraph_joined_across_a_page_break_comes_from_both_halves_and_not_from_the_footnote_between()
    {
        const string original = "Kế hoạch số 12-KH/HU thực\n¹ Chú thích.\nhiện Nghị quyết 25.";
        var blocks = BlockReader.Read(TextNormalizer.Normalize(original));
        var paragraph = blocks.Single(b => b.Kind == BlockKind.Paragraph).Text;

        Assert.True(paragraph.ComesFrom(original.IndexOf("12-KH", StringComparison.Ordinal)));
        Assert.True(paragraph.ComesFrom(original.IndexOf("Nghị quyết", StringComparison.Ordinal)));
        Assert.False(paragraph.ComesFrom(original.IndexOf("Chú thích", StringComparison.Ordinal)));
        Assert.False(paragraph.ComesFrom(original.Length + 5));
    }

    [Fact]
    public void Bulk_appends_keep_every_offset()
    {
        var source = TextNormalizer.Normalize("a\u00A0b\u200Bc"); // nbsp becomes a space, the zero-width space goes
        var copy = new MappedText.Builder().Append(source, 1, source.Length).Build(source.ToSource(source.Length));

        Assert.Equal(" bc", copy.Text);
        Assert.Equal([1, 2, 4, 5], Enumerable.Range(0, copy.Length + 1).Select(copy.ToSource));
    }
}
