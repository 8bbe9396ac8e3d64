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

    [Fact]
    public void A_slice_across_normalized_characters_keeps_every_offset_and_knows_what_it_came_from()
    {
        // "e" + combining acute composes to one character from offset 2; the nbsp at 4 becomes a space
        var source = TextNormalizer.Normalize("ab" + "e\u0301" + "\u00A0cd");
        Assert.Equal("abé cd", source.Text);

        var slice = source.Slice(1, 5);

        Assert.Equal("bé c", slice.Text);
        Assert.Equal([1, 2, 4, 5, 6], Enumerable.Range(0, slice.Length + 1).Select(slice.ToSource));
        Assert.True(slice.ComesFrom(2));
        Assert.False(slice.ComesFrom(3)); // the combining mark was folded into the character before it
        Assert.False(slice.ComesFrom(0));
        Assert.Equal(1, slice.ToSource(-3));
    }

    [Fact]
    public void An_empty_text_maps_every_index_to_its_end()
    {
        var empty = MappedText.Identity("abc").Slice(2, 2);

        Assert.Equal("", empty.Text);
        Assert.Equal(2, empty.ToSource(0));
        Assert.Equal(2, empty.ToSource(-1));
        Assert.False(empty.ComesFrom(2));
    }

    [Fact]
    public void Every_slice_maps_its_characters_as_the_text_it_was_cut_from()
    {
        // several runs: a composed character, a dropped zero-width space, a joining space where two characters were cut out
        var normalized = TextNormalizer.Normalize("Nghị quye\u0301t\u200B 25\u00A0-NQ/TW của Bộ Chính trị");
        var source = new MappedText.Builder().Append(normalized, 0, 17).AppendSynthetic(' ', normalized.ToSource(17)).Append(normalized, 19, normalized.Length)
            .Build(normalized.ToSource(normalized.Length));

        for (var start = 0; start <= source.Length; start++)
            for (var end = start; end <= source.Length; end++)
            {
                var slice = source.Slice(start, end);
                Assert.Equal(source.Text[start..end], slice.Text);
                Assert.Equal(Enumerable.Range(start, end - start + 1).Select(source.ToSource), Enumerable.Range(0, slice.Length + 1).Select(slice.ToSource));
                var cut = Enumerable.Range(start, end - start).Select(source.ToSource).ToHashSet();
                Assert.All(Enumerable.Range(0, 45), offset => Assert.Equal(cut.Contains(offset), slice.ComesFrom(offset)));
            }
    }
}
