using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>A rebuild writes only what changed (GraphTables) and leaves the tables as a clean ingest of the
/// same reports does: real files, the real ingestor, a real SQLite file.</summary>
public class GraphRebuildTests
{
    private const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.";
    private const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.";

    [Fact]
    public void A_changed_report_whose_citations_keep_their_documents_has_its_relations_written_anew()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        tmp.Write("in/province.txt", Province);
        var district = tmp.Write("in/district.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [folder]);
        var before = Implements(kb, "45-KH/HU");
        Assert.Contains("triển khai thực hiện", before.Evidence, StringComparison.Ordinal);

        // the same citations in other words: every document stays, the relation's sentence changes
        File.WriteAllText(district, District.Replace("về triển khai thực hiện", "nhằm cụ thể hóa và thực hiện", StringComparison.Ordinal));
        var summary = KbIngestor.Ingest(kb, [folder]);

        Assert.Equal("1 changed, 1 unchanged", summary.Counts());
        var after = Implements(kb, "45-KH/HU");
        Assert.Equal((before.From, before.To), (after.From, after.To));
        Assert.Contains("nhằm cụ thể hóa và thực hiện", after.Evidence, StringComparison.Ordinal);
        var fresh = new KbPaths(Path.Combine(tmp.Path, "fresh"));
        KbIngestor.Ingest(fresh, [folder]);
        Assert.Equal(Exported(fresh), Exported(kb));
    }

    [Fact]
    public void A_report_written_again_under_its_id_has_its_relations_written_anew()
    {
        // what an extractor with other rules does to a stored report: same id, same documents, other sentences
        using var tmp = new TempFolder();
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        var reworded = District.Replace("về triển khai thực hiện", "nhằm cụ thể hóa và thực hiện", StringComparison.Ordinal);
        Write(kb, District);
        Write(kb, reworded);

        Assert.Contains("nhằm cụ thể hóa và thực hiện", Implements(kb, "45-KH/HU").Evidence, StringComparison.Ordinal);
        var fresh = new KbPaths(Path.Combine(tmp.Path, "fresh"));
        Write(fresh, reworded);
        Assert.Equal(Exported(fresh), Exported(kb));
    }

    private static void Write(KbPaths kb, string text)
    {
        using var writer = new KbWriter(kb);
        writer.WriteSource("src-district", new SourceFile("/in/district.txt", "district.txt"), "sha", Encoding.UTF8.GetBytes(text), "utf-8", text, Extractor.Extract(text));
        writer.RebuildGraph();
    }

    [Fact]
    public void A_knowledge_base_that_never_recorded_its_pending_reports_has_every_relation_written_anew()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        tmp.Write("in/province.txt", Province);
        tmp.Write("in/district.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [folder]);
        var written = Exported(kb);

        // as a knowledge base written before graph_pending, left stale with relations no report says any more
        Execute(kb, "DELETE FROM meta WHERE key = 'graph_pending'; UPDATE relations SET evidence = 'cũ'; UPDATE meta SET value = '1' WHERE key = 'graph_stale'");
        KbIngestor.Ingest(kb, [folder]);

        Assert.Equal(written, Exported(kb));
    }

    [Fact]
    public void Documents_of_one_symbol_and_year_from_several_places_get_one_slug_each_numbered_from_2()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        string[] districts = ["Đức Trọng", "Lâm Hà", "Di Linh", "Bảo Lâm"];
        foreach (var d in districts)
            tmp.Write($"in/{d}.txt", $"Trên đây là báo cáo của UBND huyện {d}.\n\nKế hoạch số 35/KH-UBND ngày 10/3/2020 của UBND huyện {d} về thực hiện công tác dân vận năm 2020.");
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [folder]);

        using var reader = new KbReader(kb);
        var slugs = reader.FindBySymbol("35/KH-UBND").Select(d => d.Slug).Order(StringComparer.Ordinal);
        Assert.Equal(["35-KH-UBND-2020", "35-KH-UBND-2020-2", "35-KH-UBND-2020-3", "35-KH-UBND-2020-4"], slugs);
        // a rebuild with nothing new keeps every slug
        Execute(kb, "UPDATE meta SET value = '1' WHERE key = 'graph_stale'");
        var written = Exported(kb);
        KbIngestor.Ingest(kb, [folder]);
        Assert.Equal(written, Exported(kb));
    }

    private static RelationRow Implements(KbPaths kb, string symbol)
    {
        using var reader = new KbReader(kb);
        return Assert.Single(reader.RelationsFrom(reader.FindBySymbol(symbol).Single().Id));
    }
}
