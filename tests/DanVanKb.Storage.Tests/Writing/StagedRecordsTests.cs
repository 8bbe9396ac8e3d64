using System.Text;
using System.Text.Json;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Identity;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>A graph rebuild stages every cited and built document in binary (StagedRecords): each reads back
/// as the same record, every public property compared (as JSON, which writes them all).</summary>
public class StagedRecordsTests
{
    private const string Sample = "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n\nNam Đàn, ngày 15 tháng 6 năm 2023\n\nBÁO CÁO\ntổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI\n\nThực hiện Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTƯMTTQVN ngày 16/9/2008 và Nghị quyết số 04 ngày 30/10/2016 của BCH Trung ương, Chương trình hành động số 18-CTr/TU ngày 12/8/2013 (có nơi ghi 21/8/2013) của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 về triển khai thực hiện Nghị quyết số 25 và Quyết định số 1758/2021/QĐ-UBND năm 2021 của UBND tỉnh.\n\n¹ Kế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã Nam Anh v/v “Dân vận khéo”.";

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void Cited_documents_read_back_the_same_over_100_seeded_mutations()
    {
        var random = new Random(7);
        var checkedDocuments = 0;
        for (var run = 0; run < 100; run++)
        {
            var sb = new StringBuilder(Sample);
            for (var e = 0; e < random.Next(6); e++)
            {
                var at = random.Next(sb.Length);
                if (random.Next(2) == 0) sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 15)));
                else sb.Insert(at, Sample.AsSpan(random.Next(Sample.Length - 40), 1 + random.Next(40)));
            }
            foreach (var d in Extractor.Extract(sb.ToString()).Documents)
            {
                if (Json(d) != Json(StagedRecords.DecodeCited(StagedRecords.Encode(d)))) Assert.Fail($"run {run}: {d.LocalId} does not read back the same");
                checkedDocuments++;
            }
        }
        Assert.True(checkedDocuments > 500);
    }

    [Fact]
    public void Built_documents_read_back_the_same()
    {
        var reports = new[] { Sample, Sample.Replace("03/6/2013", "06/3/2013", StringComparison.Ordinal), "Kế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Nam Đàn." };
        var graph = GraphBuilder.Build([.. reports.Select((t, i) => new SourceExtraction($"src-{i}", $"r{i}.txt", Extractor.Extract(t)))]);

        Assert.Contains(graph.Documents, d => d.Symbol?.TypeSeparator == "/" && d.Symbol.Year == 2008);
        Assert.Contains(graph.Documents, d => d.Conflict && d.Variants.Count > 1);
        Assert.Contains(graph.Documents, d => d.Symbol is null && d.Number == "04");
        Assert.Contains(graph.Documents, d => d.OwnOf.Count > 0);
        foreach (var d in graph.Documents) Assert.Equal(Json(d), Json(StagedRecords.DecodeGraph(StagedRecords.Encode(d))));
    }
}
