namespace DanVanKb.Storage.Writing;

/// <summary>A file that was not ingested, and why.</summary>
public sealed record Refusal(string File, string Reason);

/// <summary>What one ingest run did.</summary>
public sealed record IngestSummary(
    int Files,
    int Added,
    int Changed,
    int Unchanged,
    IReadOnlyList<Refusal> Refused,
    int Documents,
    int Relations,
    int Conflicts,
    int Sources);

/// <summary>Progress of an ingest run: the file being read and how far along the run is.</summary>
public sealed record IngestProgress(int Done, int Total, string File, string Outcome);
