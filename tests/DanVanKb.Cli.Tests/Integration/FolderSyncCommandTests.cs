using DanVanKb.Search.Querying;
using DanVanKb.Storage;

namespace DanVanKb.Cli.Tests.Integration;

/// <summary>`danvankb ingest FOLDER` keeps the knowledge base, the search index and the export in sync with
/// the folder: files added, changed, renamed and deleted, through the real CLI.</summary>
public class FolderSyncCommandTests
{
    [Fact]
    public void Ingesting_a_folder_again_adds_changes_moves_and_withdraws_and_says_so()
    {
        using var folder = new SyncFolder();
        folder.Write("province.txt", SyncFolder.Province);
        var district = folder.Write("district.txt", SyncFolder.District);
        var first = Ingest(folder);
        Assert.Contains("2 added, 0 unchanged, 0 refused (2 read)", first.Out, StringComparison.Ordinal);
        Assert.NotEmpty(Hits(folder, "Tà Năng"));

        // deleted: its report, what only it cited and its passages go; what another report cites stays
        File.Delete(district);
        var removal = Ingest(folder);
        Assert.Contains("1 removed, 1 unchanged", removal.Out, StringComparison.Ordinal);
        Assert.Contains("[2/2] removed   " + Path.GetFileName(district), removal.Err, StringComparison.Ordinal);
        var (_, export) = folder.Export();
        Assert.Equal(["province.txt"], SyncFolder.Files(export));
        Assert.DoesNotContain("71-KH/HU", SyncFolder.Symbols(export));
        Assert.DoesNotContain("45-KH/HU", SyncFolder.Symbols(export));
        Assert.Contains("14-CTr/TU", SyncFolder.Symbols(export));
        Assert.Equal(0, export.GetProperty("relations").EnumerateArray().Count(r => r.GetProperty("from").GetString()!.Contains("45-KH", StringComparison.Ordinal)));
        Assert.Empty(Hits(folder, "Tà Năng"));
        Assert.Empty(Symbol(folder, "71-KH/HU"));
        Assert.Single(Symbol(folder, "14-CTr/TU"));

        // back under a new name, then renamed: a move, not a duplicate; hits name the new file
        folder.Write("district.txt", SyncFolder.District);
        Ingest(folder);
        File.Move(district, Path.Combine(folder.Reports, "huyen-uy-duc-trong.txt"));
        var move = Ingest(folder);
        Assert.Contains("1 moved, 1 unchanged, 0 refused", move.Out, StringComparison.Ordinal);
        Assert.Contains("(was " + Path.GetFileName(district) + ")", move.Err, StringComparison.Ordinal);
        Assert.All(Hits(folder, "Tà Năng"), h => Assert.Equal("huyen-uy-duc-trong.txt", Path.GetFileName(h.File)));
        Assert.NotEmpty(Hits(folder, "Tà Năng"));

        // changed: the new citation replaces the old one
        File.WriteAllText(Path.Combine(folder.Reports, "huyen-uy-duc-trong.txt"), SyncFolder.District.Replace("71-KH/HU", "72-KH/HU", StringComparison.Ordinal));
        folder.Write("sub/commune.txt", SyncFolder.Commune);
        var change = Ingest(folder);
        Assert.Contains("1 added, 1 changed, 1 unchanged", change.Out, StringComparison.Ordinal);
        Assert.Empty(Symbol(folder, "71-KH/HU"));
        Assert.Single(Symbol(folder, "72-KH/HU"));

        // the synced knowledge base is the one a clean ingest of the folder builds, byte for byte
        var fresh = Path.Combine(folder.Root, "fresh");
        Assert.Equal(0, CliRun.Of("ingest", folder.Reports, "--data", fresh).Exit);
        Assert.Equal(folder.Export(fresh).Text, folder.Export().Text);
    }

    private static CliRun Ingest(SyncFolder folder)
    {
        var run = CliRun.Of("ingest", folder.Reports, "--data", folder.Data);
        Assert.True(run.Exit == 0, run.Err);
        return run;
    }

    private static IReadOnlyList<SearchHit> Hits(SyncFolder folder, string query)
    {
        using var searcher = KbSearcher.Open(new KbPaths(folder.Data).LuceneDirectory);
        return [.. searcher.Search(new SearchRequest(query, null, null, null, null, null, 1, 100)).Hits.Where(h => !h.IsDocument)];
    }

    private static IReadOnlyList<string> Symbol(SyncFolder folder, string symbol)
    {
        using var searcher = KbSearcher.Open(new KbPaths(folder.Data).LuceneDirectory);
        return searcher.FindSymbol(symbol);
    }
}
