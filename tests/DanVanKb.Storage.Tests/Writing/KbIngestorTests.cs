using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;

namespace DanVanKb.Storage.Tests.Writing;

public class KbIngestorTests
{
    private const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng về công tác dân vận ở tỉnh Lâm Đồng.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.";
    private const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.";

    [Fact]
    public void Ingests_a_folder_into_a_real_sqlite_file_and_links_the_plans()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/a.txt", Province);
        tmp.Write("in/b.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        Assert.Equal(2, summary.Added);
        Assert.True(File.Exists(kb.Database));

        using var reader = new KbReader(kb);
        var programme = Assert.Single(reader.FindBySymbol("14-CTr/TU"));
        Assert.Equal("2013-08-06", programme.Date);
        Assert.Equal("province", programme.Level);
        var up = Assert.Single(reader.RelationsFrom(programme.Id));
        Assert.Equal("implements", up.Type);
        Assert.Equal("25-NQ/TW", reader.Document(up.To)?.Symbol);
        var down = Assert.Single(reader.RelationsTo(programme.Id));
        Assert.Equal("45-KH/HU", reader.Document(down.From)?.Symbol);
        Assert.Contains("triển khai thực hiện Chương trình hành động số 14-CTr/TU", down.Evidence);
    }

    [Fact]
    public void Reingesting_the_same_files_changes_nothing()
    {
        using var tmp = new TempFolder();
        var a = tmp.Write("a.txt", Province);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [a]);
        var first = Exported(kb);
        var again = KbIngestor.Ingest(kb, [a]);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(0, again.Added + again.Changed);
        Assert.Equal(first, Exported(kb));
    }

    [Fact]
    public void A_changed_file_replaces_only_its_own_contribution()
    {
        using var tmp = new TempFolder();
        var a = tmp.Write("a.txt", Province);
        var b = tmp.Write("b.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [a, b]);
        File.WriteAllText(b, District.Replace("45-KH/HU", "46-KH/HU", StringComparison.Ordinal));
        var summary = KbIngestor.Ingest(kb, [a, b]);
        Assert.Equal(1, summary.Changed);
        using var reader = new KbReader(kb);
        Assert.Empty(reader.FindBySymbol("45-KH/HU"));
        Assert.Single(reader.FindBySymbol("46-KH/HU"));
        Assert.Single(reader.FindBySymbol("14-CTr/TU"));
        Assert.Equal(2, reader.Sources().Count);
    }

    [Fact]
    public void Refuses_bad_files_by_name_and_still_ingests_the_rest()
    {
        using var tmp = new TempFolder();
        tmp.Write("good.txt", Province);
        File.WriteAllBytes(Path.Combine(tmp.Path, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(tmp.Path, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]);
        File.WriteAllBytes(Path.Combine(tmp.Path, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65]); // "café crème" in Latin-1
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        var summary = KbIngestor.Ingest(kb, [tmp.Path, Path.Combine(tmp.Path, "missing-folder")]);
        Assert.Equal(1, summary.Added);
        // files named relative to the folder given; the missing input as it was typed
        Assert.Collection(summary.Refused.OrderBy(r => Path.IsPathRooted(r.File)).ThenBy(r => r.File, StringComparer.Ordinal),
            r => Assert.Contains("empty", r.Reason),
            r => Assert.Contains("binary", r.Reason),
            r => Assert.Contains("UTF-8", r.Reason),
            r => Assert.Equal("no such file or folder", r.Reason));
        Assert.Equal(["empty.txt", "image.txt", "latin1.txt"], summary.Refused.Select(r => r.File).Where(f => !Path.IsPathRooted(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_second_ingest_into_the_same_folder_is_refused_while_one_runs()
    {
        using var tmp = new TempFolder();
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        Directory.CreateDirectory(kb.DataDirectory);
        using var held = new FileStream(kb.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var e = Assert.Throws<KbException>(() => KbIngestor.Ingest(kb, [tmp.Write("a.txt", Province)]));
        Assert.Contains("another ingest", e.Message);
    }
}
