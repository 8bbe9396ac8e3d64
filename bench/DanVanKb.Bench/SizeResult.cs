using DanVanKb.Synthetic;

namespace DanVanKb.Bench;

/// <summary>Everything measured at one corpus size.</summary>
public sealed record SizeResult(
    int Reports,
    double CorpusMb,
    double GenerateSeconds,
    ExtractionFigures Extraction,
    IngestFigures Ingest,
    ReferenceIndexes References,
    SearchFigures Search,
    NavigationFigures Navigation,
    HttpFigures Http)
{
    /// <summary>Adding IngestFigures.AddedReports new reports to the knowledge base afterwards.</summary>
    public IngestFigures? Addition { get; init; }

    /// <summary>Ingest's rate as a share of the bare Lucene writer's over the same passages.</summary>
    public double IngestVsBare => Math.Round(Ingest.Mbps / Math.Max(References.BareLuceneMbps, 1e-9), 3);
}

/// <summary>A whole run: the machine, the sizes, the real reports' statistics, the targets judged.</summary>
public sealed record BenchRun(Machine Machine, bool Smoke, ulong Seed, double TotalMinutes, CorpusStatistics? RealReports, IReadOnlyList<SizeResult> Sizes, IReadOnlyList<Verdict> Verdicts)
{
    /// <summary>Extraction on one core over the real texts found; null when none were.</summary>
    public RealTextRate? RealExtraction { get; init; }
}
