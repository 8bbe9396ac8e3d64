namespace DanVanKb.Web.Tests.Hostile;

/// <summary>Two reports written to attack the site: script and image tags, event-handler attributes,
/// javascript: and data: links, autolinks, reference links, protocol-relative links, and Unicode direction
/// overrides and isolates in the report's title, a cited document's title, issuer names, evidence
/// sentences and the source text. Each payload that runs would set window.__pwned.</summary>
public static class HostileCorpus
{
    /// <summary>U+202E RIGHT-TO-LEFT OVERRIDE, the one a reader would least notice.</summary>
    public const string Rlo = "\u202E";

    public const string District = """
        ĐẢNG BỘ TỈNH <script>window.__pwned=1</script> {RLO}KHÔNG{PDF}
        HUYỆN ỦY <img src=x onerror="window.__pwned=2"> {LRI}ĐỎ{PDI}
        *
        Số 77-BC/HU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Hàm Yên, ngày 05 tháng 5 năm 2023

        BÁO CÁO
        tổng kết <script>window.__pwned=3</script> việc thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 {RLO}trên giấy{PDF}

        Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013, ngày 01/3/2014 Ban Thường vụ Huyện ủy ban hành Kế hoạch số 66-KH/HU về "<img src=x onerror=window.__pwned=4>" và " onmouseover="window.__pwned=5" thực hiện Nghị quyết số 25-NQ/TW trên địa bàn {RLO}huyện{PDF}.

        Xem [bấm vào](javascript:window.__pwned=6) và <javascript:window.__pwned=7> và <http://example.com/a"onmouseover="x> và ![ảnh](javascript:window.__pwned=8) và [dữ liệu](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD05PC9zY3JpcHQ+) và [x](//evil.example/) và ![theo dõi](http://evil.example/t.png) và <mailto:a@evil.example>

        Dòng [tham chiếu][z] và <a href="javascript:window.__pwned=11">a</a> và <svg onload=window.__pwned=12> và `<script>window.__pwned=13</script>` kết thúc {RLI}ẩn{PDI}.

        [z]: javascript:window.__pwned=14
        """;

    public const string Commune = """
        ĐẢNG ỦY XÃ {RLO}NƠS IÁHT{PDF}
        *
        Số 79-BC/ĐU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Thái Sơn, ngày 07 tháng 5 năm 2023

        BÁO CÁO
        kết quả thực hiện Kế hoạch số 66-KH/HU

        Thực hiện Kế hoạch số 66-KH/HU ngày 01/3/2014 của Ban Thường vụ Huyện ủy, ngày 02/4/2014 Ủy ban nhân dân xã <script>window.__pwned=15</script> ban hành Kế hoạch số 68-KH/UBND về {RLO}ẩn nội dung{LRI} xem {PDI}{PDF} thực hiện Kế hoạch số 66-KH/HU.

        Ngày 03/5/2014, Huyện đoàn {RLO}<img src=x onerror=window.__pwned=16>{PDF} ban hành Chương trình số 69-CTr/HĐ về " onmouseover="window.__pwned=17 thực hiện Kế hoạch số 66-KH/HU.
        """;

    /// <summary>A draft for the checker with the same payloads.</summary>
    public static string Draft => Controls("""
        Thực hiện Kế hoạch số 66-KH/HU ngày 01/3/2014 <script>window.__pwned=20</script> về "<img src=x onerror=window.__pwned=21>" và [x](javascript:window.__pwned=22) {RLO}ẩn{PDF} theo Nghị quyết số 25-NQ/TW ngày 06/3/2013.
        """);

    public static string Controls(string text) => text
        .Replace("{RLO}", Rlo, StringComparison.Ordinal).Replace("{PDF}", "\u202C", StringComparison.Ordinal)
        .Replace("{LRI}", "\u2066", StringComparison.Ordinal).Replace("{RLI}", "\u2067", StringComparison.Ordinal)
        .Replace("{PDI}", "\u2069", StringComparison.Ordinal);

    /// <summary>The tests' own corpus plus the two hostile reports.</summary>
    public static KnowledgeBase Build() => new(folder =>
    {
        TestCorpus.Write(folder);
        File.WriteAllText(Path.Combine(folder, "05_huyen-uy-doc-hai.txt"), Controls(District));
        File.WriteAllText(Path.Combine(folder, "06_xa-doc-hai.txt"), Controls(Commune));
        return [folder];
    });

    /// <summary>The pages that show the hostile text.</summary>
    public static IReadOnlyList<string> Pages(KnowledgeBase kb)
    {
        using var reader = new DanVanKb.Storage.Reading.KbReader(kb.Paths);
        var export = reader.Export();
        var pages = new List<string>
        {
            Routes.Home, Routes.Search("pwned"), Routes.Search("onmouseover"), Routes.Search("script"), Routes.Search("66-KH/HU"),
            Routes.Search("ẩn nội dung"), Routes.Hierarchy(), Routes.Hierarchy("district"), Routes.Hierarchy("commune"),
        };
        foreach (var symbol in new[] { "25-NQ/TW", "66-KH/HU", "68-KH/UBND", "69-CTr/HĐ", "77-BC/HU", "79-BC/ĐU" })
        {
            var doc = export.Documents.First(d => d.Symbol == symbol);
            pages.Add(Routes.Document(doc.Slug));
            pages.Add(Routes.Timeline(doc.Slug));
        }
        pages.AddRange(export.Sources.Where(s => s.File.Contains("doc-hai", StringComparison.Ordinal)).Select(s => Routes.Source(s.Id)));
        return pages;
    }
}
