using System.Text;

using DanVanKb.Synthetic;

namespace DanVanKb.Bench.Tests.Synthetic;

public sealed class SyntheticCorpusTests
{
    private static readonly SyntheticCorpus Corpus = new();

    [Fact]
    public void Same_seed_writes_the_same_reports()
    {
        var other = new SyntheticCorpus();
        foreach (var i in new[] { 0, 7, 123, 4_567 })
            Assert.Equal(Corpus.Report(i), other.Report(i));
    }

    [Fact]
    public void Another_seed_writes_other_reports()
    {
        var other = new SyntheticCorpus(26);
        Assert.NotEqual(Corpus.Report(3), other.Report(3));
    }

    [Fact]
    public void A_smaller_corpus_is_the_start_of_a_larger_one()
    {
        using var temp = new TempFolder();
        var small = Path.Combine(temp.Path, "small");
        var large = Path.Combine(temp.Path, "large");
        Corpus.Write(small, 4);
        Corpus.Write(large, 9);
        Assert.Equal(4, Directory.GetFiles(small).Length);
        Assert.Equal(9, Directory.GetFiles(large).Length);
        foreach (var f in Directory.GetFiles(small))
            Assert.Equal(File.ReadAllBytes(f), File.ReadAllBytes(Path.Combine(large, Path.GetFileName(f))));
    }

    [Fact]
    public void Reports_average_about_fifty_kilobytes()
    {
        var sizes = Enumerable.Range(0, 120).AsParallel().Select(i => Encoding.UTF8.GetByteCount(Corpus.Report(i))).ToList();
        Assert.InRange(sizes.Average(), 42 * 1024, 58 * 1024);
        Assert.All(sizes, s => Assert.InRange(s, 10 * 1024, 160 * 1024));
        Assert.True(sizes.Max() > 2 * sizes.Min(), "lengths vary as real reports do");
    }

    [Fact]
    public void Reports_have_headings_footnotes_and_tables()
    {
        var texts = Enumerable.Range(0, 40).Select(Corpus.Report).ToList();
        Assert.Contains(texts, t => t.Contains("\nSố ", StringComparison.Ordinal) && t.Contains("-BC/", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("/BC-UBND", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("BÁO CÁO", t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\n¹ ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\n^[1] ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("TT\tVăn bản\tSố, ngày\tNội dung\tCơ quan ban hành", StringComparison.Ordinal));
    }

    [Fact]
    public void File_names_sort_in_report_order()
    {
        Assert.Equal("bc-00007.txt", SyntheticCorpus.FileName(7));
        Assert.True(string.CompareOrdinal(SyntheticCorpus.FileName(999), SyntheticCorpus.FileName(1_000)) < 0);
    }
}
