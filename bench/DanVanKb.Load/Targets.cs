using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Load;

/// <summary>The URLs each kind of page is loaded with: searches people type, and documents taken from the
/// knowledge base (the most cited first, so trees are deep).</summary>
public sealed record Targets(IReadOnlyDictionary<string, string[]> ByKind)
{
    private static readonly string[] Queries =
    [
        "dân vận khéo", "dan van kheo", "25-NQ/TW", "nq 25", "kl 43", "\"công tác dân vận\"", "dân vận -huyện", "mô hình",
        "chính quyền thân thiện", "mặt trận tổ quốc", "quy chế dân chủ", "khé*", "(dân OR nhân) vận", "đối thoại",
    ];

    public static Targets From(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        var docs = reader.Export().Documents.OrderByDescending(d => d.Mentions).Take(300).ToArray();
        static string Esc(string s) => Uri.EscapeDataString(s);
        return new Targets(new Dictionary<string, string[]>
        {
            ["search"] = [.. Queries.Select(q => "/tim-kiem?q=" + Esc(q)), .. Queries.Take(4).Select(q => "/tim-kiem?trang=2&q=" + Esc(q))],
            ["api-search"] = [.. Queries.Select(q => "/api/search?q=" + Esc(q))],
            ["document"] = [.. docs.Select(d => "/van-ban/" + Esc(d.Slug))],
            ["api-document"] = [.. docs.Select(d => "/api/documents/" + Esc(d.Id))],
            ["tree"] = ["/he-thong", "/he-thong?cap=province", "/he-thong?cap=district", .. docs.Take(60).Select(d => "/he-thong?van-ban=" + Esc(d.Slug))],
            ["api-tree"] = [.. docs.Select(d => "/api/documents/" + Esc(d.Id) + "/tree")],
        });
    }
}
