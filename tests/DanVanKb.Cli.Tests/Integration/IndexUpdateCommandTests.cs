using DanVanKb.Search.Querying;
using DanVanKb.Storage;

namespace DanVanKb.Cli.Tests.Integration;

/// <summary>An ingest into a knowledge base whose index was whole updates the index with what the run changed;
/// searches then answer as they do after a fresh ingest of the same folder.</summary>
public class IndexUpdateCommandTests
{
    private static readonly string[] Queries = ["25-NQ/TW", "14-CTr/TU", "45-KH/HU", "dân vận khéo", "công tác dân vận", "Tà Năng", "mô hình", "nq 25", "kế hoạch"];

    [SeedsFact]
    public void An_ingest_that_adds_changes_moves_and_withdraws_reports_updates_the_index_to_what_a_fresh_ingest_builds()
    {
        using var folder = new SyncFolder();
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var seed in seeds.Take(3)) folder.Write(Path.GetFileName(seed), File.ReadAllText(seed));
        folder.Write("tinh.txt", SyncFolder.Province);
        folder.Write("huyen.txt", SyncFolder.District);
        var first = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains(" passages of 5 reports indexed", first.Out, StringComparison.Ordinal);

        folder.Write(Path.GetFileName(seeds[3]), File.ReadAllText(seeds[3]));
        folder.Write("xa.txt", SyncFolder.Commune);
        folder.Write("huyen.txt", SyncFolder.District.Replace("xã Tà Năng", "xã Tà Năng và xã Tân Văn", StringComparison.Ordinal));
        File.Move(Path.Combine(folder.Reports, "tinh.txt"), Path.Combine(folder.Reports, "tinh-uy.txt"));
        File.Delete(Path.Combine(folder.Reports, Path.GetFileName(seeds[0])));
        var second = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("search:     updated in", second.Out, StringComparison.Ordinal);

        var fresh = Path.Combine(folder.Root, "fresh");
        Assert.Equal(0, CliRun.Of("ingest", folder.Reports, "--data", fresh).Exit);
        using var updated = KbSearcher.Open(new KbPaths(folder.Data).LuceneDirectory);
        using var rebuilt = KbSearcher.Open(new KbPaths(fresh).LuceneDirectory);
        Assert.Equal(rebuilt.Records, updated.Records);
        Assert.Equal(rebuilt.DocumentRecords, updated.DocumentRecords);
        foreach (var q in Queries) Assert.Equal(Answer(rebuilt, q), Answer(updated, q));
        Assert.Contains("tinh-uy.txt", Answer(updated, "14-CTr/TU"), StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(seeds[0]), Answer(updated, "công tác dân vận"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingest_with_nothing_changed_leaves_the_index_as_it_is_and_one_without_an_index_builds_it()
    {
        using var folder = new SyncFolder();
        folder.Write("tinh.txt", SyncFolder.Province);
        Assert.Equal(0, CliRun.Of("ingest", folder.Reports, "--data", folder.Data).Exit);
        var lucene = new KbPaths(folder.Data).LuceneDirectory;
        var version = KbSearcher.IndexedGraphVersion(lucene);

        var again = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.Contains("search:     up to date", again.Out, StringComparison.Ordinal);
        Assert.Equal(version, KbSearcher.IndexedGraphVersion(lucene));

        Directory.Delete(lucene, recursive: true);
        folder.Write("huyen.txt", SyncFolder.District);
        var rebuilt = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.Contains("passages of 2 reports indexed", rebuilt.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingest_rewrites_the_passages_of_an_unchanged_report_whose_undated_citation_now_names_another_plan()
    {
        using var folder = new SyncFolder();
        const string Place = "Trên đây là báo cáo của UBND huyện Chợ Mới.\n\n";
        folder.Write("a.txt", Place + "Kế hoạch số 35/KH-UBND ngày 02/3/2022 của UBND huyện Chợ Mới về thực hiện Chỉ thị số 33/CT-TTg về vận động nhân dân.\n");
        folder.Write("u.txt", Place + "Thực hiện Kế hoạch số 35/KH-UBND của UBND huyện Chợ Mới về tuyên truyền phổ biến giáo dục pháp luật cho đồng bào dân tộc thiểu số, các xã đã tổ chức hội nghị.\n");
        Assert.Equal(0, CliRun.Of("ingest", folder.Reports, "--data", folder.Data).Exit);

        // a second plan 35/KH-UBND of the district, with the title u.txt gave: u.txt's citation is now that one
        folder.Write("w.txt", Place + "Kế hoạch số 35/KH-UBND ngày 10/10/2023 của UBND huyện Chợ Mới về tuyên truyền phổ biến giáo dục pháp luật cho đồng bào dân tộc thiểu số.\n");
        var second = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.Contains("search:     updated in", second.Out, StringComparison.Ordinal);

        var fresh = Path.Combine(folder.Root, "fresh");
        Assert.Equal(0, CliRun.Of("ingest", folder.Reports, "--data", fresh).Exit);
        using var updated = KbSearcher.Open(new KbPaths(folder.Data).LuceneDirectory);
        using var rebuilt = KbSearcher.Open(new KbPaths(fresh).LuceneDirectory);
        foreach (var q in new[] { "35/KH-UBND", "tuyên truyền", "hội nghị" }) Assert.Equal(Answer(rebuilt, q), Answer(updated, q));
    }

    /// <summary>What a search answers, whatever the order of equal scores: totals, filters, symbol matches,
    /// and every hit's id, file and cited documents.</summary>
    private static string Answer(KbSearcher searcher, string query)
    {
        var r = searcher.Search(new SearchRequest(query, PageSize: 500));
        var hits = r.Hits.Select(h => $"{h.Id} {h.File} [{string.Join(',', h.Documents)}]").Order(StringComparer.Ordinal);
        var facets = r.Types.Concat(r.Levels).Concat(r.Places).Select(f => $"{f.Value}={f.Count}");
        return string.Join('\n', [$"{r.Total} {r.TotalHits}", .. r.SymbolMatches, .. facets, .. hits]);
    }
}
