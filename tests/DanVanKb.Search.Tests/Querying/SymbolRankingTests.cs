using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A symbol two documents share (the resolution and a misdated or older one of the same number): their
/// records come first, the most cited first, then the passages citing them, those citing the most cited first, each
/// document's in the reports' order, whatever how rare each citation is.</summary>
public sealed class SymbolRankingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "danvankb-symbol-rank-" + Guid.NewGuid().ToString("N"));
    private readonly KbSearcher searcher;

    public SymbolRankingTests()
    {
        IndexDocument[] docs =
        [
            new("doc-nq25", "Nghị quyết", "25", "25-NQ/TW", 2013, "Ban Chấp hành Trung ương Đảng khóa XI", "central", null, "công tác dân vận", 40, ["25-NQ/TW"]),
            new("doc-nq25-2006", "Nghị quyết", "25", "25-NQ/TW", 2006, "Ban Bí thư", "central", null, null, 2, ["25-NQ/TW"]),
        ];
        IndexSource Report(string id, params (string Text, string[] Cited)[] paragraphs)
        {
            var text = new System.Text.StringBuilder();
            var mentions = new List<IndexMention>();
            foreach (var (line, cited) in paragraphs)
            {
                var at = text.Length + line.IndexOf("25-NQ/TW", StringComparison.Ordinal);
                mentions.AddRange(cited.Select(c => new IndexMention(at, at + "25-NQ/TW".Length, c)));
                text.Append(line).Append("\n\n");
            }
            return new IndexSource(id, id + ".txt", text.ToString(), mentions);
        }
        IndexBuilder.Build(folder, docs,
        [
            Report("src-a",
                ("Năm 2006, Ban Bí thư ban hành Nghị quyết 25-NQ/TW về thanh niên.", ["doc-nq25-2006"]),
                ("Thực hiện Nghị quyết 25-NQ/TW ngày 03/6/2013, công tác dân vận chuyển biến.", ["doc-nq25"]),
                ("Quán triệt Nghị quyết 25-NQ/TW đến chi bộ.", ["doc-nq25"])),
            Report("src-b",
                ("Sơ kết Nghị quyết 25-NQ/TW trong hai văn bản.", ["doc-nq25", "doc-nq25-2006"]),
                ("Kết luận về Nghị quyết 25-NQ/TW của huyện.", ["doc-nq25"])),
        ]);
        searcher = KbSearcher.Open(folder);
    }

    [Fact]
    public void Lists_the_records_then_the_passages_citing_the_most_cited_document_first()
    {
        var r = searcher.Search(new SearchRequest("25-NQ/TW"));

        Assert.Equal(["doc-nq25", "doc-nq25-2006"], r.SymbolMatches);
        Assert.Equal(
            [
                "doc-nq25",
                "doc-nq25-2006",
                "src-b: doc-nq25 doc-nq25-2006", // cites both
                "src-a: doc-nq25",
                "src-a: doc-nq25",
                "src-b: doc-nq25",
                "src-a: doc-nq25-2006", // the rarer citation, last
            ],
            r.Hits.Select(h => h.IsDocument ? h.Id : $"{h.Source}: {string.Join(' ', h.Documents.Order(StringComparer.Ordinal))}"));
    }

    [Fact]
    public void Finds_the_same_hits_in_the_same_order_when_every_hit_is_scored()
    {
        using var everyHit = KbSearcher.Open(folder, exactCount: 1, skipBlocks: false);
        using var skipping = KbSearcher.Open(folder, exactCount: 1, skipBlocks: true);

        var full = everyHit.Search(new SearchRequest("25-NQ/TW", PageSize: 3));
        var skipped = skipping.Search(new SearchRequest("25-NQ/TW", PageSize: 3));

        Assert.Equal(full.Hits.Select(h => (h.Id, h.Score)), skipped.Hits.Select(h => (h.Id, h.Score)));
    }

    public void Dispose()
    {
        searcher.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
