using DanVanKb.Search.Indexing;

namespace DanVanKb.Search.Tests.Indexing;

/// <summary>Three documents and three reports citing them, for the index build and update tests.</summary>
public static class IndexFixtures
{
    public static readonly IndexDocument Resolution = new("doc-nq25", "Nghị quyết", "25", "25-NQ/TW", 2013, "Ban Chấp hành Trung ương", "central", null, "về công tác dân vận", 2, ["25-NQ/TW"]);
    public static readonly IndexDocument Plan = new("doc-kh97", "Kế hoạch", "97", "97-KH/TU", 2013, "Tỉnh ủy Tuyên Quang", "province", "Tuyên Quang", "thực hiện Nghị quyết 25", 1, ["97-KH/TU"]);
    public static readonly IndexDocument Directive = new("doc-ct33", "Chỉ thị", "33", "33/CT-TTg", 2021, "Thủ tướng Chính phủ", "central", null, "vận động nhân dân", 1, ["33/CT-TTg"]);

    public static IndexSource Report(string id, string text, params (string Symbol, string Doc)[] cites) =>
        new(id, id + ".txt", text, [.. cites.Select(c => new IndexMention(text.IndexOf(c.Symbol, StringComparison.Ordinal), text.IndexOf(c.Symbol, StringComparison.Ordinal) + c.Symbol.Length, c.Doc))]);

    public static readonly IndexSource Province = Report("src-a", "Tỉnh ủy ban hành Kế hoạch số 97-KH/TU thực hiện Nghị quyết số 25-NQ/TW.", ("97-KH/TU", "doc-kh97"), ("25-NQ/TW", "doc-nq25"));
    public static readonly IndexSource District = Report("src-b", "Huyện ủy quán triệt Nghị quyết số 25-NQ/TW về công tác dân vận.", ("25-NQ/TW", "doc-nq25"));
    public static readonly IndexSource Government = Report("src-c", "UBND tỉnh thực hiện Chỉ thị số 33/CT-TTg về vận động nhân dân.", ("33/CT-TTg", "doc-ct33"));
}

/// <summary>Index folders under one temp folder per test, deleted after it.</summary>
public abstract class IndexFolders : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "danvankb-index-" + Guid.NewGuid().ToString("N"));

    protected string Folder(string name) => Path.Combine(root, name);

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        GC.SuppressFinalize(this);
    }
}
