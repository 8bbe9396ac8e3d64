namespace DanVanKb.Storage.Writing;

/// <summary>A file that was not ingested, and why.</summary>
public sealed record Refusal(string File, string Reason);

/// <summary>What one ingest run did. Files: the files read; Moved: files found under a new name with the
/// content of a file gone from the folder (the report keeps its id); Removed: reports withdrawn because
/// their file is gone from a folder given.</summary>
public sealed record IngestSummary(
    int Files,
    int Added,
    int Changed,
    int Moved,
    int Removed,
    int Unchanged,
    IReadOnlyList<Refusal> Refused,
    int Documents,
    int Relations,
    int Conflicts,
    int Sources)
{
    /// <summary>Where the run's time went (the index build is added by the caller that builds it).</summary>
    public IngestStages? Stages { get; init; }

    /// <summary>The reports whose passages the search index rewrites: written, withdrawn, renamed, or citing
    /// documents other than before.</summary>
    public IReadOnlyCollection<string> Touched { get; init; } = [];

    /// <summary>Reports written or withdrawn: the graph and the index change.</summary>
    public int Changes => Added + Changed + Moved + Removed;

    /// <summary>"3 added, 1 changed, 2 removed, 40 unchanged": the counts that are not zero, unchanged always.</summary>
    public string Counts()
    {
        var parts = new[] { (Added, "added"), (Changed, "changed"), (Moved, "moved"), (Removed, "removed") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}").Append($"{Unchanged} unchanged");
        return string.Join(", ", parts);
    }
}

/// <summary>Progress of an ingest run: the file being read (or withdrawn) and how far along the run is.
/// Outcome: added, changed, moved (From: the path it had), unchanged, refused, removed.</summary>
public sealed record IngestProgress(int Done, int Total, string File, string Outcome)
{
    public string? From { get; init; }

    /// <summary>The file as a progress line names it: a move with the path it had.</summary>
    public string Described => From is null ? File : $"{File} (was {From})";
}
