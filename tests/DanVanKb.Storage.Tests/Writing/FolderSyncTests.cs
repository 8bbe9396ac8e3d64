using System.Text;

using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>Ingesting a folder keeps the knowledge base in sync with it: real files in a temp folder, the
/// real ingestor, a real SQLite file.</summary>
public class FolderSyncTests
{
    // the province's programme 14-CTr/TU is also cited by the district; 45-KH/HU and 71-KH/HU only by the district
    private const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng về công tác dân vận ở tỉnh Lâm Đồng.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.";
    private const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.\n\nKế hoạch số 71-KH/HU ngày 02/3/2015 của Huyện ủy về mô hình dân vận khéo.";
    private const string Commune = "Trên đây là báo cáo của Đảng ủy xã Hiệp An.\n\nKế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã về thực hiện Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng.";

    [Fact]
    public void A_file_deleted_from_the_folder_is_withdrawn_with_what_only_it_cited()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/province.txt", Province);
        var district = tmp.Write("in/district.txt", District);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        string districtId;
        using (var reader = new KbReader(kb))
        {
            districtId = reader.Sources().Single(s => s.File.EndsWith("district.txt", StringComparison.Ordinal)).Id;
            Assert.Single(reader.FindBySymbol("71-KH/HU"));
            Assert.Single(reader.RelationsTo(reader.FindBySymbol("14-CTr/TU").Single().Id));
        }

        File.Delete(district);
        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);

        Assert.Equal((0, 0, 0, 1, 1), (summary.Added, summary.Changed, summary.Moved, summary.Removed, summary.Unchanged));
        Assert.Equal("1 removed, 1 unchanged", summary.Counts());
        Assert.Equal(1, summary.Sources);
        using (var reader = new KbReader(kb))
        {
            Assert.Equal(["province.txt"], reader.Sources().Select(s => Path.GetFileName(s.File)));
            Assert.Empty(reader.FindBySymbol("45-KH/HU")); // known only from the deleted report
            Assert.Empty(reader.FindBySymbol("71-KH/HU"));
            var programme = Assert.Single(reader.FindBySymbol("14-CTr/TU")); // also cited by the province: stays
            Assert.Empty(reader.RelationsTo(programme.Id)); // the district's plan implemented it
            Assert.Single(reader.RelationsFrom(programme.Id));
            Assert.False(reader.GraphStale());
        }
        Assert.Equal(0, Count(kb, $"SELECT COUNT(*) FROM mentions WHERE source_id = '{districtId}'"));
        Assert.Equal(0, Count(kb, $"SELECT COUNT(*) FROM originals WHERE source_id = '{districtId}'"));
        Assert.Equal(0, Count(kb, $"SELECT COUNT(*) FROM document_sources WHERE source_id = '{districtId}'"));
        Assert.Equal(0, Count(kb, $"SELECT COUNT(*) FROM relations WHERE source_id = '{districtId}'"));
    }

    [Fact]
    public void A_synced_folder_gives_the_knowledge_base_a_clean_ingest_of_it_gives()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        tmp.Write("in/province.txt", Province);
        var district = tmp.Write("in/district.txt", District);
        var commune = tmp.Write("in/sub/commune.txt", Commune);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [folder]);

        // one run: a file added, one changed, one moved into another folder, one deleted
        tmp.Write("in/new.txt", Commune.Replace("12-KH/ĐU", "13-KH/ĐU", StringComparison.Ordinal).Replace("Hiệp An", "Liên Hiệp", StringComparison.Ordinal));
        File.WriteAllText(district, District.Replace("71-KH/HU", "72-KH/HU", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder, "moved"));
        File.Move(commune, Path.Combine(folder, "moved", "commune.txt"));
        File.Delete(Path.Combine(folder, "province.txt"));
        var progress = new List<IngestProgress>();
        var summary = KbIngestor.Ingest(kb, [folder], new Collect(progress));

        Assert.Equal("1 added, 1 changed, 1 moved, 1 removed, 0 unchanged", summary.Counts());
        Assert.Empty(summary.Refused);
        Assert.Equal(3, summary.Sources);
        Assert.Contains(progress, p => p.Outcome == "moved" && p.From!.EndsWith(Path.Combine("sub", "commune.txt"), StringComparison.Ordinal));
        Assert.Contains(progress, p => p.Outcome == "removed" && p.File.EndsWith("province.txt", StringComparison.Ordinal));
        Assert.Equal((4, 4), (progress[^1].Done, progress[^1].Total)); // the total shrinks once the move is known

        var fresh = new KbPaths(Path.Combine(tmp.Path, "fresh"));
        KbIngestor.Ingest(fresh, [folder]);
        Assert.Equal(Exported(fresh), Exported(kb));
    }

    [Fact]
    public void A_renamed_file_moves_and_keeps_its_id_and_original()
    {
        using var tmp = new TempFolder();
        var district = tmp.Write("in/district.txt", District);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        var before = Sources(kb).Single();

        var renamed = Path.Combine(tmp.Path, "in", "huyện ủy Đức Trọng.txt");
        File.Move(district, renamed);
        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);

        Assert.Equal("1 moved, 0 unchanged", summary.Counts());
        Assert.Empty(summary.Refused); // not refused as "same content as" the gone file
        var after = Sources(kb).Single();
        Assert.Equal(before.Id, after.Id);
        Assert.EndsWith("huyện ủy Đức Trọng.txt", after.File, StringComparison.Ordinal);
        using var content = new KbContentReader(kb);
        Assert.Equal(File.ReadAllBytes(renamed), content.Original(after.Id));
    }

    [Fact]
    public void A_copy_of_a_file_still_present_is_still_refused_as_a_duplicate()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/district.txt", District);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        tmp.Write("in/copy.txt", District);
        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        Assert.Contains("same content as", Assert.Single(summary.Refused).Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Sources);
    }

    [Fact]
    public void Reports_from_elsewhere_from_a_named_file_or_a_missing_folder_are_never_withdrawn()
    {
        using var tmp = new TempFolder();
        var elsewhere = tmp.Write("other/province.txt", Province);
        var named = tmp.Write("in/district.txt", District);
        tmp.Write("in/commune.txt", Commune);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in"), elsewhere]);
        Assert.Equal(3, Sources(kb).Count);

        File.Delete(elsewhere); // not under the folder given next
        Assert.Equal(0, KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]).Removed);
        File.Delete(Path.Combine(tmp.Path, "in", "commune.txt")); // under it, but only a file of it is given
        Assert.Equal(0, KbIngestor.Ingest(kb, [named]).Removed);
        Directory.Move(Path.Combine(tmp.Path, "in"), Path.Combine(tmp.Path, "unmounted")); // the folder itself is gone
        var missing = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        Assert.Equal(0, missing.Removed);
        Assert.Equal("no such file or folder", Assert.Single(missing.Refused).Reason);
        Assert.Equal(3, Sources(kb).Count);
    }

    [Fact]
    public void A_folder_with_a_similar_name_is_not_under_the_folder_given()
    {
        using var tmp = new TempFolder();
        var twin = tmp.Write("in-2023/district.txt", District);
        tmp.Write("in/province.txt", Province);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in"), Path.Combine(tmp.Path, "in-2023")]);
        File.Delete(twin);
        Assert.Equal(0, KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]).Removed);
        Assert.Equal(2, Sources(kb).Count);
    }

    [Fact]
    public void Temporary_files_in_a_folder_are_not_reports()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/province.txt", Province);
        tmp.Write("in/~$province.txt", "owner file");
        tmp.Write("in/.~lock.district.txt#", "lock");
        tmp.Write("in/district.txt.swp", District);
        tmp.Write("in/district.txt~", District);
        var summary = KbIngestor.Ingest(Data(tmp), [Path.Combine(tmp.Path, "in")]);
        Assert.Equal(1, summary.Files);
        Assert.Empty(summary.Refused);
    }

    [Fact]
    public void Each_report_keeps_its_original_bytes()
    {
        using var tmp = new TempFolder();
        var utf16 = Path.Combine(tmp.Path, "in", "district.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(utf16)!);
        File.WriteAllBytes(utf16, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(District)]);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        var source = Sources(kb).Single();
        using var content = new KbContentReader(kb);
        Assert.Equal(File.ReadAllBytes(utf16), content.Original(source.Id));
        Assert.Equal(District, content.Source(source.Id)!.Text);
        Assert.StartsWith("utf-16le", source.Encoding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_knowledge_base_from_before_originals_opens_and_the_next_ingest_stores_them()
    {
        using var tmp = new TempFolder();
        var province = tmp.Write("in/province.txt", Province);
        var kb = Data(tmp);
        KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        Execute(kb, "DROP TABLE originals"); // as a version-1 database written before originals were kept
        var before = Exported(kb);
        var id = Sources(kb).Single().Id;
        using (var content = new KbContentReader(kb)) Assert.Null(content.Original(id)); // read-only: no table, no original

        var summary = KbIngestor.Ingest(kb, [Path.Combine(tmp.Path, "in")]);
        Assert.Equal("1 unchanged", summary.Counts());
        Assert.Equal(before, Exported(kb));
        using (var content = new KbContentReader(kb)) Assert.Equal(File.ReadAllBytes(province), content.Original(id));
    }

    private static KbPaths Data(TempFolder tmp) => new(Path.Combine(tmp.Path, "data"));

    private static IReadOnlyList<SourceRow> Sources(KbPaths kb)
    {
        using var reader = new KbReader(kb);
        return reader.Sources();
    }

    private sealed class Collect(List<IngestProgress> into) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => into.Add(value);
    }
}
