using DanVanKb.Search.Indexing;
using DanVanKb.Search.Querying;

namespace DanVanKb.Search.Tests.Querying;

/// <summary>A small index built once for the search tests, from documents and reports written here.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "danvankb-search-" + Guid.NewGuid().ToString("N"));

    public TestIndex()
    {
        IndexDocument[] docs =
        [
            new("doc-nq25", "Nghị quyết", "25", "25-NQ/TW", 2013, "Ban Chấp hành Trung ương Đảng khóa XI", "central", null,
                "Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", 40, ["25-NQ/TW"]),
            new("doc-kl43", "Kết luận", "43", "43-KL/TW", 2019, "Ban Bí thư", "central", null, "tiếp tục thực hiện Nghị quyết 25", 12, ["43-KL/TW"]),
            new("doc-kh97", "Kế hoạch", "97", "97-KH/TU", 2013, "Tỉnh ủy Tuyên Quang", "province", "Tuyên Quang",
                "xây dựng mô hình Dân vận khéo", 3, ["97-KH/TU"]),
            new("doc-ct33", "Chỉ thị", "33", "33/CT-TTg", 2021, "Thủ tướng Chính phủ", "central", null, "tăng cường vận động nhân dân", 2, ["33/CT-TTg"]),
        ];
        const string Report = """
            BÁO CÁO kết quả thực hiện phong trào thi đua

            Thực hiện Kế hoạch số 97-KH/TU ngày 05/8/2013 của Tỉnh ủy về phong trào "Dân vận khéo", các cơ sở đã đăng ký mô hình.

            Phong trào dân vẫn khéo được nhắc sai chính tả ở đây.

            Công tác dân vận của chính quyền theo Nghị quyết số 25-NQ/TW được tăng cường.

            Nhiều xã làm công tác vận động nhân dân, dân vận trong tình hình mới.

            Năm 2013 có 25 xã thực hiện; NQ của chi bộ và TW đoàn được phổ biến.
            """;
        var text = Report.Replace("\r\n", "\n", StringComparison.Ordinal);
        var kh = text.IndexOf("97-KH/TU", StringComparison.Ordinal);
        var nq = text.IndexOf("25-NQ/TW", StringComparison.Ordinal);
        IndexBuilder.Build(folder, docs, [new IndexSource("src-1", "bao-cao.txt", text,
            [new IndexMention(kh, kh + 8, "doc-kh97"), new IndexMention(nq, nq + 8, "doc-nq25")])]);
        Searcher = KbSearcher.Open(folder);
    }

    public KbSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
