using System.Diagnostics;
using System.Security.Cryptography;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;
using DanVanKb.Documents;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Storage.Writing;

/// <summary>Ingests files and folders of reports into a data folder: decodes each file (refusing what is
/// not a text report, with the reason), extracts it, writes it with its original bytes in its own
/// transaction, withdraws the reports whose files are gone from a folder given (Withdrawals), each in its
/// own transaction, then rebuilds the graph. A folder is thus kept in sync: added, changed, moved (same
/// content under a new name: same id) and removed files. One ingest at a time per data folder (a lock
/// file); a second one is refused clearly.</summary>
public static class KbIngestor
{
    private static readonly string[] ReportExtensions = [".txt", ".md", ".docx"];

    /// <summary>The largest report read. Reports are tens of kilobytes; extraction is linear (about a second
    /// per megabyte), so this bounds the time any one file can take.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public static IngestSummary Ingest(KbPaths paths, IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress = null)
    {
        using var held = KbLock.Acquire(paths);
        return Ingest(paths, inputs, held, progress);
    }

    /// <summary>Ingests under a lock the caller holds (ingest keeps it until the search index is rebuilt).
    /// A full disk fails the run with a clear message; the report being written is rolled back.</summary>
    public static IngestSummary Ingest(KbPaths paths, IReadOnlyList<string> inputs, KbLock held, IProgress<IngestProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(held);
        try
        {
            return IngestLocked(paths, inputs, progress);
        }
        catch (Exception e) when (KbConnection.IsDiskFull(e))
        {
            throw new KbException($"{paths.Database}: the disk is full ({e.Message}); nothing partial was written: the knowledge base keeps every report committed before this one, and the next ingest completes it once there is space");
        }
    }

    private static IngestSummary IngestLocked(KbPaths paths, IReadOnlyList<string> inputs, IProgress<IngestProgress>? progress)
    {
        var refused = new List<Refusal>();
        var files = Enumerate(inputs, refused);
        int added = 0, changed = 0, moved = 0, removed = 0, unchanged = 0;

        using var writer = new KbWriter(paths);
        var before = writer.Sources();
        var stored = before.ToDictionary(s => s.Path);
        var byHash = before.ToDictionary(s => s.Sha256, s => s.Path);
        var gone = Withdrawals.Find(inputs, before);
        var run = new Run(writer, stored, byHash, [.. gone.Select(g => g.Path)], refused);
        // the total shrinks as moves are found: a gone file that moved is not withdrawn
        int Total() => files.Count + gone.Count - run.Moves.Count;
        // files are read, decoded and extracted on every core, a chunk ahead of the one writer, which
        // commits them in the folder's order (so ids, moves and duplicates come out as in a serial run)
        var known = stored.ToDictionary(kv => kv.Key, kv => kv.Value.Sha256);
        var clock = new IngestStages.Clock();
        Task<Prepared[]>? ahead = null;
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var waited = Stopwatch.StartNew();
            var chunk = ahead?.GetAwaiter().GetResult() ?? Prepare(files, start, known, clock);
            clock.Waited += waited.Elapsed.TotalSeconds;
            var nextStart = start + ChunkSize;
            ahead = nextStart < files.Count ? Task.Run(() => Prepare(files, nextStart, known, clock)) : null;
            for (var j = 0; j < chunk.Length; j++)
            {
                var file = files[start + j];
                var writing = Stopwatch.StartNew();
                var outcome = Commit(run, chunk[j]);
                clock.Write += writing.Elapsed.TotalSeconds;
                switch (outcome)
                {
                    case "added": added++; break;
                    case "changed": changed++; break;
                    case "moved": moved++; break;
                    case "unchanged": unchanged++; break;
                }
                progress?.Report(new IngestProgress(start + j + 1, Total(), file.Name, outcome) { From = run.Moves.GetValueOrDefault(file.FullPath) is { } was ? ReportFileName.Shown(before.First(b => b.Path == was).File) : null });
            }
        }

        // withdrawn after the files, so that a file moved within the folder is found above as a move;
        // each in its own transaction, the graph rebuilt once after
        foreach (var path in gone.Select(g => g.Path).Where(p => !run.Moved(p)))
        {
            if (stored.Remove(path, out var source))
            {
                writer.RemoveSource(source.Id);
                run.Touched.Add(source.Id);
                FaultInjection.ThrowIfMidWithdrawal();
            }
            removed++; // or replaced above by a changed file that now holds its content
            progress?.Report(new IngestProgress(files.Count + removed, Total(), ReportFileName.Shown(gone.First(g => g.Path == path).File), "removed"));
        }

        var rebuilding = Stopwatch.StartNew();
        var graph = writer.GraphStale() || added + changed + moved + removed > 0 ? writer.RebuildGraph() : null;
        clock.Graph = rebuilding.Elapsed.TotalSeconds;
        var counts = graph is null ? KbReader.Counts(paths) : (graph.Documents, graph.Relations, graph.Conflicts);
        return new IngestSummary(files.Count, added, changed, moved, removed, unchanged, refused,
            counts.Item1, counts.Item2, counts.Item3, stored.Count)
        { Stages = clock.Stop(), Touched = graph is null ? run.Touched : [.. run.Touched.Union(graph.Remapped)] };
    }

    /// <summary>What one run knows while it goes through the files: the stored reports by path and by
    /// content, the paths that are gone (a file with one's content is a move), the moves made.</summary>
    private sealed record Run(KbWriter Writer, Dictionary<string, KbWriter.StoredSource> Stored, Dictionary<string, string> ByHash,
        HashSet<string> Gone, List<Refusal> Refused)
    {
        /// <summary>Files moved: new path to the gone path they replaced.</summary>
        public Dictionary<string, string> Moves { get; } = [];

        /// <summary>Reports written, withdrawn or renamed: what the search index rewrites.</summary>
        public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

        public bool Moved(string gonePath) => Moves.ContainsValue(gonePath);
    }

    /// <summary>Files prepared per step of the pipeline: enough to keep every core busy, few enough that
    /// memory does not depend on the size of the folder.</summary>
    private static readonly int ChunkSize = 8 * Environment.ProcessorCount;

    /// <summary>A file read and, unless unchanged or unreadable, decoded and extracted: everything about it
    /// that does not depend on the files before it.</summary>
    private sealed record Prepared(SourceFile File, byte[]? Bytes, string? Sha, DecodedReport? Decoded, StoredExtraction? Result, string? Refusal);

    private static Prepared[] Prepare(IReadOnlyList<SourceFile> files, int start, IReadOnlyDictionary<string, string> known, IngestStages.Clock clock) =>
        files.Skip(start).Take(ChunkSize).AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(f => Prepare(f, known, clock)).ToArray();

    private static Prepared Prepare(SourceFile file, IReadOnlyDictionary<string, string> known, IngestStages.Clock? clock = null)
    {
        var reading = Stopwatch.GetTimestamp();
        byte[] bytes;
        try
        {
            var size = new FileInfo(file.FullPath).Length;
            if (size > MaxBytes)
                return new Prepared(file, null, null, null, null, $"too large for a report ({size / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Prepared(file, null, null, null, null, $"cannot be read: {e.Message}");
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // a file is only ever compared with its own path's stored content, which no other file changes
        if (known.GetValueOrDefault(file.FullPath) == sha) return new Prepared(file, bytes, sha, null, null, null);
        var decoded = ReportFileReader.Read(file.FullPath, bytes);
        var extracting = Stopwatch.GetTimestamp();
        clock?.AddRead(extracting - reading);
        if (!decoded.Ok) return new Prepared(file, bytes, sha, decoded, null, null);
        try
        {
            var result = Extractor.Extract(decoded.Text!);
            clock?.AddExtract(Stopwatch.GetTimestamp() - extracting);
            return new Prepared(file, bytes, sha, decoded, StoredExtraction.Of(result), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a defect must not cost the rest of the batch: the file is refused by name, nothing is written
            return new Prepared(file, bytes, sha, decoded, null, $"could not be extracted ({e.GetType().Name}: {e.Message}); please report this file");
        }
    }

    private static string Commit(Run run, Prepared p)
    {
        var (writer, stored, byHash, refused) = (run.Writer, run.Stored, run.ByHash, run.Refused);
        var file = p.File;
        if (p.Bytes is null || p.Sha is null)
        {
            refused.Add(new Refusal(file.Name, p.Refusal!));
            return "refused";
        }
        var (bytes, sha) = (p.Bytes, p.Sha);
        if (stored.TryGetValue(file.FullPath, out var old) && old.Sha256 == sha)
        {
            if (!old.HasOriginal) writer.StoreOriginal(old.Id, bytes); // ingested before originals were kept
            if (old.File != file.Name)
            {
                writer.Rename(old.Id, file.Name); // named before names were relative to the folder
                run.Touched.Add(old.Id);
            }
            return "unchanged";
        }
        var samePath = byHash.GetValueOrDefault(sha);
        if (samePath is not null && samePath != file.FullPath && !run.Gone.Contains(samePath))
        {
            refused.Add(new Refusal(file.Name, $"same content as {(stored.TryGetValue(samePath, out var other) ? ReportFileName.Shown(other.File) : Path.GetFileName(samePath))}, already in the knowledge base"));
            return "refused";
        }
        if (p.Decoded is null) p = Prepare(file, new Dictionary<string, string>()); // skipped as unchanged, yet it is not
        if (p.Decoded is { Ok: false } bad)
        {
            refused.Add(new Refusal(file.Name, bad.Refusal!));
            return "refused";
        }
        if (p.Result is null)
        {
            refused.Add(new Refusal(file.Name, p.Refusal!));
            return "refused";
        }
        var id = "src-" + sha[..12];
        writer.WriteSource(id, file, sha, bytes, p.Decoded!.Encoding, p.Decoded.Text!, p.Result);
        run.Touched.Add(id);
        if (old is not null) run.Touched.Add(old.Id);
        // the write replaced, in its transaction, the gone file whose content this is (same id)
        var movedFrom = samePath is not null && samePath != file.FullPath && stored.Remove(samePath) ? samePath : null;
        if (old is not null) byHash.Remove(old.Sha256);
        byHash[sha] = file.FullPath;
        var outcome = old is not null ? "changed" : movedFrom is not null ? "moved" : "added";
        if (outcome == "moved") run.Moves[file.FullPath] = movedFrom!;
        stored[file.FullPath] = new KbWriter.StoredSource(id, file.FullPath, file.Name, sha, true);
        return outcome;
    }

    /// <summary>Whether a file found in a folder is read as a report: a report extension, not the folder's
    /// README.md, not a temporary file left while another program writes.</summary>
    public static bool IsFolderReport(string path) =>
        ReportExtensions.Contains(Path.GetExtension(path).ToLowerInvariant())
        && !string.Equals(Path.GetFileName(path), "README.md", StringComparison.OrdinalIgnoreCase)
        && !TemporaryFiles.IsTemporary(path);

    /// <summary>Files given by name are read whatever their extension; folders contribute their report
    /// files (IsFolderReport), recursively, in a stable order.</summary>
    public static IReadOnlyList<SourceFile> Enumerate(IReadOnlyList<string> inputs, List<Refusal> refused)
    {
        var files = new List<SourceFile>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(new SourceFile(Path.GetFullPath(input), ReportFileName.Alone(input)));
            }
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(IsFolderReport)
                    .Order(StringComparer.Ordinal))
                    files.Add(new SourceFile(Path.GetFullPath(f), ReportFileName.InFolder(input, f)));
            }
            else
            {
                refused.Add(new Refusal(input, "no such file or folder"));
            }
        }
        return [.. files.DistinctBy(f => f.FullPath)];
    }
}
