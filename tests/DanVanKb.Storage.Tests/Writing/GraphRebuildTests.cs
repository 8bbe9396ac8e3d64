using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Identity;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>A rebuild writes only what changed (GraphTables) and leaves the tables as a clean ingest of the
/// same reports does: real files, the real ingestor, a real SQLite file.</summary>
public class GraphRebuildTests
{
    internal const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.";
    internal const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.";

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
        writer.WriteSource("src-district", new SourceFile("/in/district.txt", "district.txt"), "sha", Encoding.UTF8.GetBytes(text), "utf-8", text, StoredExtraction.Of(Extractor.Extract(text)));
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

    [Fact]
    public void A_rebuild_from_the_store_gives_the_documents_ids_and_mappings_a_build_in_memory_gives()
    {
        // partition by partition from temporary tables (GraphStaging) against the whole archive in memory: two
        // symbols of one plan, a report with a blank number joining the directive it is, and a commune's plans
        // sharing an id, whose reports' ids SQLite sorts apart from string.CompareOrdinal (U+FFFD before an
        // emoji): read in SQLite's order, the plan's citations would make one document, not two
        const string Titled = "về thực hiện Kế hoạch số 324-KH/HU của Ban Thường vụ Huyện ủy Hải Trường.";
        (string Id, string Text)[] reports =
        [
            ("src-a", "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề nâng cao chất lượng công tác dân vận trên địa bàn tỉnh Bắc Kạn\n\nNội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nCơ quan: Tỉnh ủy Bắc Kạn\nThời gian ký: 09/02/2022 09:29:19\n"),
            ("src-b", "Trên đây là báo cáo của Thành ủy Bắc Kạn về tình hình ở tỉnh Bắc Kạn.\n\nKế hoạch 50-KH/ĐUCATP ngày 04/5/2022 về triển khai thực hiện Chỉ thị 15-CT/TU ngày 08/02/2022 của BTV Tỉnh ủy về nâng cao chất lượng công tác dân vận trên địa bàn tỉnh."),
            ("src-c", "Kế hoạch số 12/KH-UBND ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg và Nghị quyết số 04 ngày 30/10/2016 của BCH Trung ương."),
            ("src-d", "Kế hoạch số 12/KH-BCĐ ngày 05/3/2021 của UBND tỉnh Lạng Sơn về thực hiện Chỉ thị số 33/CT-TTg."),
            ("src-e", Province), ("src-f", District),
            ("src-😀", "Kế hoạch số 38-KH/ĐU ngày 17/10/2021 của Đảng ủy xã Bình Tường " + Titled),
            ("src-\uFFFD", "Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường."),
            ("src-\uFFFDa", "Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường " + Titled),
            ("src-\uFFFDb", "Thực hiện Kế hoạch số 38-KH/ĐU ngày 24/7/2013 của Đảng ủy xã Bình Tường " + Titled),
        ];
        using var tmp = new TempFolder();
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        var extractions = reports.Select((r, i) => new SourceExtraction(r.Id, $"r{i}.txt", Extractor.Extract(r.Text))).ToList();
        using (var writer = new KbWriter(kb))
        {
            foreach (var (x, (_, text)) in extractions.Zip(reports))
                writer.WriteSource(x.SourceId, new SourceFile($"/in/{x.File}", x.File), x.SourceId, Encoding.UTF8.GetBytes(text), "utf-8", text, StoredExtraction.Of(x.Result));
            writer.RebuildGraph();
        }
        var graph = GraphBuilder.Build(extractions);

        using var reader = new KbReader(kb);
        var stored = reader.Export();
        Assert.Equal(graph.Documents.Select(d => $"{d.Id} {d.Symbol?.Canonical} {d.Date?.ToIso()} {d.Locality} {d.CitedOnly} {d.Mentions}").Order(StringComparer.Ordinal),
            stored.Documents.Select(d => $"{d.Id} {d.Symbol} {d.Date} {d.Locality} {d.CitedOnly} {d.Mentions}").Order(StringComparer.Ordinal));
        Assert.Equal(2, graph.Documents.Count(d => d.Symbol?.Canonical == "38-KH/ĐU" && d.Date?.Year == 2013));
        Assert.Contains(graph.Documents, d => d.Id.EndsWith("-2", StringComparison.Ordinal) && d.Sources.SequenceEqual(["src-\uFFFD"]));
        Assert.Contains(graph.Documents, d => d.Symbol?.Canonical == "15-CT/TU" && d.OwnOf.SequenceEqual(["src-a"]));
        Assert.Equal(graph.DocumentOf.Select(kv => $"{kv.Key.Source} {kv.Key.Local} {kv.Value}").Order(StringComparer.Ordinal),
            Rows(kb, "SELECT source_id || ' ' || local_id || ' ' || document_id FROM document_sources").Order(StringComparer.Ordinal));
        Assert.Equal(graph.Relations.Select(r => $"{r.From} {r.To} {r.Source}").Order(StringComparer.Ordinal),
            Rows(kb, "SELECT from_id || ' ' || to_id || ' ' || source_id FROM relations").Order(StringComparer.Ordinal));
    }

    private static RelationRow Implements(KbPaths kb, string symbol)
    {
        using var reader = new KbReader(kb);
        return Assert.Single(reader.RelationsFrom(reader.FindBySymbol(symbol).Single().Id));
    }
}
