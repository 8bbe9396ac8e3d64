using DanVanKb.Core.Checking;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Tests.Checking;

/// <summary>The writers' acceptance test: a shared report with 20 known mistakes planted is checked
/// against a knowledge base of the shared reports; every mistake must be found where it was planted.</summary>
public sealed class PlantedMistakesTests : IClassFixture<PlantedMistakesTests.SeedKb>
{
    private const string Base = "002_5e5e7e471ae497be.txt";
    private readonly SeedKb kb;

    public PlantedMistakesTests(SeedKb kb) => this.kb = kb;

    public sealed class SeedKb : IDisposable
    {
        public SeedKb()
        {
            Data = Path.Combine(Path.GetTempPath(), "danvankb-check-" + Guid.NewGuid().ToString("N")[..8]);
            if (RepoPaths.SeedsPresent) CliRun.Of("ingest", RepoPaths.Seeds, "--data", Data);
        }

        public string Data { get; }

        public void Dispose()
        {
            if (Directory.Exists(Data)) Directory.Delete(Data, recursive: true);
        }
    }

    /// <summary>(text in the report, what it becomes, what the checker must say).</summary>
    public static readonly (string Find, string Replace, FindingKind Kind)[] Plants =
    [
        ("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục", "Chỉ thị số 33/CT-TTg ngày 26/11/2020 của Thủ tướng Chính phủ về tiếp tục", FindingKind.WrongDate),
        ("Kế hoạch số 780/KH-UBND ngày 20/12/2021", "Kế hoạch số 780/KH-UBND ngày 21/12/2021", FindingKind.WrongDate),
        ("Quy chế số 22-QC/HU ngày 21/4/2023 của Ban Thường vụ Huyện ủy Bạch Thông", "Quy chế số 22 - QC/HU ngày 21/4/2023 của Ban Thường vụ Huyện ủy Bạch Thông", FindingKind.WrongSymbolForm),
        ("Kế hoạch số 18/KH-UBND ngày 02/02/2023", "Kế hoạch số 18/KH- UBND ngày 02/02/2023", FindingKind.WrongSymbolForm),
        ("Kế hoạch số 39/KH-UBND ngày 16/02/2023", "Quyết định số 39/KH-UBND ngày 16/02/2023", FindingKind.WrongTypeWord),
        ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Thủ tướng Chính phủ;", FindingKind.WrongIssuer),
        ("Chỉ thị số 16/CT-TTg ngày 16/5/2016", "Chỉ thị số 16-CT/TW ngày 16/5/2016", FindingKind.WrongSymbolForm),
        ("Nghị quyết số 08-NQ/TU ngày 24/4/2021 của Tỉnh ủy về", "Nghị quyết số 08-NQ/TU ngày 24/4/2020 của Tỉnh ủy về", FindingKind.WrongDate),
        ("Quyết định số 1814/QĐ-UBND ngày 30/9/2021", "Quyết định số 1814/QĐ-UBND ngày 30/9/2012", FindingKind.WrongDate),
        ("Chỉ thị số 13/CT-TTg ngày 10/6/2015", "Chỉ thị số 13/CT-TTG ngày 10/6/2015", FindingKind.WrongSymbolForm),
        ("Quyết định 28/2018/QĐ-TTg ngày 12/7/2018", "Quyết định 28/QĐ-TTg ngày 12/7/2018", FindingKind.WrongSymbolForm),
        ("Quyết định số 03/2007/QĐ-BNV ngày 26/02/2007 của Bộ Nội vụ", "Quyết định số 03/2007/QĐ-BNV ngày 26/02/2007 của Bộ Tư pháp", FindingKind.WrongIssuer),
        ("Chỉ thị số 26-CT/TU ngày 18/4/2014 của Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 18/4/2014 của Huyện ủy", FindingKind.WrongIssuer),
        ("1. Về kinh tế", "1. Về kinh tế theo Đề án số 06-ĐA/TU của Ban Thường vụ Tỉnh ủy", FindingKind.Ambiguous),
        ("2. Về Văn hóa - xã hội", "2. Về Văn hóa - xã hội theo Kế hoạch số 999/KH-UBND ngày 01/01/2023", FindingKind.Unknown),
        ("UBND huyện Bạch Thông báo cáo kết quả thực hiện như sau", "UBND huyện Bạch Thông (theo Quyết định số 1847) báo cáo kết quả thực hiện như sau", FindingKind.ShortBeforeFull),
        ("ngày 17/02/2022, UBND huyện Bạch Thông", "ngày 17/02/2020, UBND huyện Bạch Thông", FindingKind.ImpossibleRelation),
        ("Hướng dẫn số 02-HD/BDVTU", "Kế hoạch số 02-HD/BDVTU", FindingKind.WrongTypeWord),
        ("ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ", "ngày 26 tháng 12 năm 2021 của Thủ tướng Chính phủ", FindingKind.WrongDate),
        ("Nghị quyết số 13-NQ/HU ngày 12/7/2021", "Nghị quyết số 13/NQ-HU ngày 12/7/2021", FindingKind.WrongSymbolForm),
    ];

    private IReadOnlyList<Finding> Check(string text)
    {
        using var reader = new KbReader(new KbPaths(kb.Data));
        return DraftChecker.Check(text, new KbCatalog(reader));
    }

    [SeedsFact]
    public void Finds_all_twenty_planted_mistakes_where_they_were_planted()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, Base));
        foreach (var (find, replace, _) in Plants)
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the base report no longer holds '{find}'");
            text = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        }
        var places = Plants.Select(p => (Start: text.IndexOf(p.Replace, StringComparison.Ordinal), End: text.IndexOf(p.Replace, StringComparison.Ordinal) + p.Replace.Length, p.Kind, What: p.Replace)).ToList();
        Assert.Equal(20, places.Count);
        var findings = Check(text);
        foreach (var (start, end, kind, what) in places)
            Assert.True(
                findings.Any(f => f.Kind == kind && f.Span.Start <= end && f.Span.End + 60 >= start),
                $"missed {kind} planted as '{what}'; found there: {string.Join(" | ", findings.Where(f => f.Span.Start <= end + 100 && f.Span.End + 100 >= start).Select(f => $"{f.Kind}: {f.Message}"))}");
    }

    [SeedsFact]
    public void On_the_unchanged_report_reports_only_the_mistakes_it_really_contains()
    {
        var findings = Check(File.ReadAllText(Path.Combine(RepoPaths.Seeds, Base)))
            .Where(f => f.Kind != FindingKind.Correct).ToList();
        // the report twice dates Nghị quyết 25-NQ/TW "03/6/2016"; every other citation agrees with the base
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal(FindingKind.WrongDate, f.Kind);
            Assert.Equal("03/6/2016", f.Written);
            Assert.Equal("03/6/2013", f.Suggestion);
        });
        Assert.Equal([131, 151], findings.Select(f => f.Span.Line));
    }

    [SeedsFact]
    public void Check_prints_compiler_style_lines_and_exits_1_on_errors()
    {
        var run = CliRun.Of("check", Path.Combine(RepoPaths.Seeds, Base), "--data", kb.Data);
        Assert.Equal(ExitCodes.Partial, run.Exit);
        Assert.Contains($"{Base}:131:", run.Out);
        Assert.Contains("error: 25-NQ/TW is dated 03/6/2013, not 03/6/2016", run.Out);
        Assert.Contains("57 citations correct, 2 errors, 0 warnings", run.Out);
    }
}
