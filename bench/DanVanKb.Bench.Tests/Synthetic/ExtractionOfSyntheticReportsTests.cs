using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Synthetic;

namespace DanVanKb.Bench.Tests.Synthetic;

/// <summary>The synthetic reports read by the real extractor and ingest: the chains of plans they state are
/// the ones the product finds, and their citation density is near the real reports'.</summary>
public sealed class ExtractionOfSyntheticReportsTests
{
    private static readonly SyntheticCorpus Corpus = new();

    [Fact]
    public void A_commune_report_yields_its_plan_implementing_the_district_plan()
    {
        var (index, spec) = Enumerable.Range(0, 200).Select(i => (i, Corpus.Spec(i)))
            .First(x => x.Item2.Body.Place.Tier == Tier.Commune && x.Item2.Body.Kind == BodyKind.Party && x.Item2.Campaign.Index == 0);
        var w = Corpus.World;
        var own = World.Find(w.Documents(spec.Body), new Series(SeriesKind.Plan, 0))!.Document;
        var district = w.Body(w.Geography[spec.Body.Place.Parent], BodyKind.Party);
        var above = World.Find(w.Documents(district), new Series(SeriesKind.Plan, 0))!.Document;

        var result = Extractor.Extract(Corpus.Report(index));

        string? Symbol(string localId) => result.Documents.First(d => d.LocalId == localId).Symbol?.Canonical;
        Assert.Contains(result.Relations, r => r.Type == RelationType.Implements && Symbol(r.From) == own.Symbol && Symbol(r.To) == above.Symbol);
        Assert.Equal(RelationType.Reviews, result.Relations.First(r => r.From == CitedDocument.OwnId && Symbol(r.To) == "25-NQ/TW").Type);
    }

    [Fact]
    public void Ingested_reports_make_a_tree_from_a_central_document_down_to_communes()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "corpus");
        Corpus.Write(folder, 24);
        var paths = new KbPaths(Path.Combine(temp.Path, "data"));

        var summary = KbIngestor.Ingest(paths, [folder]);

        Assert.Equal(24, summary.Added);
        Assert.Empty(summary.Refused);
        using var reader = new Storage.Reading.KbReader(paths);
        var model = reader.Export();
        var level = model.Documents.ToDictionary(d => d.Id, d => d.Level);
        var below = model.Relations.Where(r => r.Type is "implements" or "continues" or "guides" && r.From != r.To).ToLookup(r => r.To, r => r.From);
        var levelsUnderCentral = model.Documents.Where(d => d.Level == "central").Select(d =>
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>([d.Id]);
            while (stack.Count > 0)
                foreach (var f in below[stack.Pop()])
                    if (seen.Add(f)) stack.Push(f);
            return seen.Select(id => level[id]).ToHashSet();
        }).MaxBy(l => l.Count)!;
        Assert.Contains("district", levelsUnderCentral);
        Assert.Contains("commune", levelsUnderCentral);
    }

    [SeedsFact]
    public void Citation_density_is_near_the_shared_reports()
    {
        var real = CorpusStatistics.Measure("real", Directory.EnumerateFiles(SeedsFactAttribute.Seeds, "*.txt").Select(File.ReadAllText));
        var synthetic = CorpusStatistics.Measure("synthetic", Enumerable.Range(0, 30).Select(Corpus.Report));

        Assert.InRange(synthetic.FullPerKb, real.FullPerKb * 0.6, real.FullPerKb * 1.4);
        Assert.InRange(synthetic.ShortPerKb, real.ShortPerKb * 0.5, real.ShortPerKb * 1.5);
        Assert.InRange(synthetic.DatedShare, real.DatedShare - 0.15, real.DatedShare + 0.15);
        Assert.InRange(synthetic.MeanKb, real.MeanKb * 0.7, real.MeanKb * 1.3);
        Assert.InRange(synthetic.PassageP50, real.PassageP50 / 2, real.PassageP50 * 2);
    }
}
