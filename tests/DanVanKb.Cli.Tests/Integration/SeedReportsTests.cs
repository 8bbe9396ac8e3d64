using System.Text.Json;

using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Tests.Integration;

/// <summary>Facts about the real reports the product was commissioned on, read from ../shared.</summary>
public sealed class SeedReportsTests : IClassFixture<SeedReportsTests.SeedKb>
{
    private readonly SeedKb kb;

    public SeedReportsTests(SeedKb kb) => this.kb = kb;

    /// <summary>One knowledge base built from all the seed reports, shared by the tests of this class.</summary>
    public sealed class SeedKb : IDisposable
    {
        public SeedKb()
        {
            Data = Path.Combine(Path.GetTempPath(), "danvankb-seeds-" + Guid.NewGuid().ToString("N")[..8]);
            if (RepoPaths.SeedsPresent) Ingest = CliRun.Of("ingest", RepoPaths.Seeds, "--data", Data);
        }

        public string Data { get; }

        public CliRun? Ingest { get; }

        public void Dispose()
        {
            if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
        }
    }

    private KbReader Reader()
    {
        Assert.True(RepoPaths.SeedsPresent, $"the shared seed reports are missing at {RepoPaths.Seeds}");
        Assert.Equal(0, kb.Ingest!.Exit);
        return new KbReader(new KbPaths(kb.Data));
    }

    [SeedsFact]
    public void Resolution_25_is_one_document_dated_3_June_2013_with_its_miscitations_flagged()
    {
        using var r = Reader();
        var d = Assert.Single(r.FindBySymbol("25-NQ/TW"));
        Assert.Equal("2013-06-03", d.Date);
        Assert.Equal("Nghị quyết", d.Type);
        Assert.Equal("central", d.Level);
        Assert.True(d.Conflict);
        Assert.Contains(d.Variants, v => v.Date == "2013-03-06");
        Assert.Contains(d.Variants, v => v.Date == "2016-06-03");
        Assert.Contains("khóa XI", d.Issuer);
    }

    [SeedsFact]
    public void Bach_Thong_plan_35_implements_directive_33_of_the_prime_minister_and_the_provincial_plan_780()
    {
        using var r = Reader();
        var plan = Assert.Single(r.FindBySymbol("35/KH-UBND"));
        Assert.Equal("2022-02-17", plan.Date);
        Assert.Equal("Bạch Thông", plan.Locality);
        Assert.Equal("district", plan.Level);
        // "Thực hiện Chỉ thị số 33/CT-TTg … và trên cơ sở Kế hoạch số 780/KH-UBND …, UBND huyện … ban hành Kế hoạch số 35/KH-UBND"
        var governed = r.RelationsFrom(plan.Id).Where(x => x.Type == "implements").Select(x => r.Document(x.To)!).ToList();
        var directive = Assert.Single(governed, d => d.Symbol == "33/CT-TTg");
        Assert.Equal("2021-11-26", directive.Date);
        Assert.Equal("Thủ tướng Chính phủ", directive.Issuer);
        var provincial = Assert.Single(governed, d => d.Symbol == "780/KH-UBND");
        Assert.Equal("2021-12-20", provincial.Date);
        Assert.Equal(2, governed.Count);
    }

    [SeedsFact]
    public void The_two_projects_06_DA_TU_of_2017_and_2023_are_two_documents()
    {
        using var r = Reader();
        var both = r.FindBySymbol("06-ĐA/TU");
        Assert.Equal(["2017-12-14", "2023-02-03"], both.Select(d => d.Date).Order(StringComparer.Ordinal));
    }

    [SeedsFact]
    public void Conclusion_43_continues_resolution_25_and_the_reports_review_both()
    {
        using var r = Reader();
        var conclusion = Assert.Single(r.FindBySymbol("43-KL/TW"));
        Assert.Equal("2019-01-07", conclusion.Date);
        var resolution = Assert.Single(r.FindBySymbol("25-NQ/TW"));
        Assert.Contains(r.RelationsFrom(conclusion.Id), x => x.To == resolution.Id && x.Type == "continues");
        Assert.True(r.RelationsTo(resolution.Id).Count(x => x.Type == "reviews") >= 2);
    }

    [SeedsFact]
    public void The_provincial_directive_with_no_number_is_linked_to_15_CT_TU_that_others_cite()
    {
        using var r = Reader();
        var directive = Assert.Single(r.FindBySymbol("15-CT/TU"));
        Assert.False(directive.CitedOnly);
        Assert.Equal("province", directive.Level);
        Assert.Contains(r.Sources(), s => s.Document == directive.Id && s.File.Contains("001_", StringComparison.Ordinal));
    }

    [SeedsFact]
    public void Every_seed_report_alone_meets_the_extraction_targets_against_the_hand_annotations()
    {
        Assert.True(RepoPaths.SeedsPresent, $"the shared seed reports are missing at {RepoPaths.Seeds}");
        var scores = Commands.ScoreCommand.Run(RepoPaths.Gold, RepoPaths.Seeds);
        Assert.Equal(4, scores.Count);
        foreach (var s in scores)
        {
            Assert.True(s.DocumentPrecision >= 0.95, $"{s.File}: document precision {s.DocumentPrecision:0.000}");
            Assert.True(s.DocumentRecall >= 0.95, $"{s.File}: document recall {s.DocumentRecall:0.000}");
            Assert.True(s.RelationF1 >= 0.80, $"{s.File}: relation F1 {s.RelationF1:0.000}");
        }
        var all = Scoring.Score.Sum("all", scores);
        Assert.True(all.DateAccuracy >= 0.97, $"canonical dates right {all.DateAccuracy:0.000}");
    }

    [SeedsFact]
    public void Export_is_byte_identical_across_two_fresh_knowledge_bases_and_follows_the_contract()
    {
        var other = Path.Combine(Path.GetTempPath(), "danvankb-seeds2-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Assert.Equal(0, CliRun.Of("ingest", RepoPaths.Seeds, "--data", other).Exit);
            var a = CliRun.Of("export", "--data", kb.Data);
            var b = CliRun.Of("export", "--data", other);
            Assert.Equal(0, a.Exit);
            Assert.Equal(a.Out, b.Out);

            using var json = JsonDocument.Parse(a.Out);
            var root = json.RootElement;
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            Assert.Equal(4, root.GetProperty("sources").GetArrayLength());
            var doc = root.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("symbol").GetString() == "25-NQ/TW");
            Assert.Equal("25", doc.GetProperty("number").GetString());
            Assert.Equal(2013, doc.GetProperty("year").GetInt32());
            Assert.True(doc.GetProperty("conflict").GetBoolean());
            Assert.True(doc.GetProperty("mentions").GetInt32() > 20);
            foreach (var name in new[] { "id", "type", "number", "symbol", "date", "year", "issuer", "level", "locality", "title", "variants", "conflict", "mentions" })
                Assert.True(doc.TryGetProperty(name, out _), $"document field {name}");
            var rel = root.GetProperty("relations")[0];
            foreach (var name in new[] { "from", "to", "type", "source", "evidence" })
                Assert.True(rel.TryGetProperty(name, out _), $"relation field {name}");
        }
        finally
        {
            if (Directory.Exists(other)) Directory.Delete(other, recursive: true);
        }
    }
}
