using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>What is stored of any extraction reads back as the same extraction: the graph is rebuilt from
/// the store alone, so this must hold for messy text too.</summary>
public class ExtractionRoundTripTests
{
    private const string Sample = "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\nSố 125-BC/HU\n\nNam Đàn, ngày 15 tháng 6 năm 2023\n\nBÁO CÁO\ntổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI\n\nThực hiện Chương trình hành động số 18-CTr/TU ngày 12/8/2013 của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 về triển khai thực hiện Nghị quyết số 25¹; Đề án số 06-ĐA/TU (nay là Đề án số 07-ĐA/TU ngày 03/02/2023).\n\n¹ Kế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã Nam Anh v/v “Dân vận khéo”.\n\nTT\tVăn bản\tSố, ngày\tNội dung\tCơ quan ban hành\n1\t\tKế hoạch số 05-KH/ĐU ngày 25/01/2014\tTriển khai thực hiện Nghị quyết 25\tĐảng ủy xã\n";

    [Fact]
    public void Stored_extractions_round_trip_over_200_seeded_mutations()
    {
        var random = new Random(11);
        for (var run = 0; run < 200; run++)
        {
            var sb = new StringBuilder(Sample);
            for (var e = 0; e < 1 + random.Next(8); e++)
            {
                var at = random.Next(sb.Length);
                if (random.Next(2) == 0) sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 15)));
                else
                {
                    var from = random.Next(sb.Length);
                    sb.Insert(at, sb.ToString(from, Math.Min(sb.Length - from, 1 + random.Next(40))));
                }
            }
            var result = Extractor.Extract(sb.ToString());
            var json = ExtractionJson.Serialize(result);
            var again = ExtractionJson.Serialize(ExtractionJson.Deserialize(json));
            if (json != again) Assert.Fail($"run {run}: the stored extraction does not read back the same");
        }
    }

    [Fact]
    public void A_graph_rebuild_reads_back_the_stored_documents_and_relations_alone()
    {
        var result = Extractor.Extract(Sample);
        var stored = Encoding.UTF8.GetBytes(ExtractionJson.SerializeForGraph(result));

        var documents = ExtractionJson.DeserializeDocuments(stored);
        var relations = ExtractionJson.DeserializeRelations(stored);

        Assert.True(result.Relations.Count > 2);
        Assert.Equal(ExtractionJson.Serialize(result with { Mentions = [], Relations = [], Diagnostics = [] }), ExtractionJson.Serialize(documents));
        Assert.Equal(ExtractionJson.Serialize(result with { Mentions = [], Diagnostics = [] }), ExtractionJson.Serialize(documents with { Relations = relations }));
    }
}
