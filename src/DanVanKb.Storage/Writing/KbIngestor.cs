using System.Security.Cryptography;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Documents;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Storage.Writing;

/// <summary>Ingests files and folders of reports into a data folder: decodes each file (refusing what is
/// not a text report, with the reason), extracts it, writes it in its own transaction, then rebuilds the
/// graph. One ingest at a time per data folder (a lock file); a second one is refused clearly.</summary>
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
        int added = 0, changed = 0, unchanged = 0;

        using var writer = new KbWriter(paths);
        var before = writer.Sources();
        var stored = before.ToDictionary(s => s.Path);
        var byHash = before.ToDictionary(s => s.Sha256, s => s.Path);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var outcome = IngestOne(writer, file, stored, byHash, refused);
            switch (outcome)
            {
                case "added": added++; break;
                case "changed": changed++; break;
                case "unchanged": unchanged++; break;
            }
            progress?.Report(new IngestProgress(i + 1, files.Count, file.GivenName, outcome));
        }

        var graph = writer.GraphStale() || added + changed > 0 ? writer.RebuildGraph() : null;
        var counts = graph is null ? KbReader.Counts(paths) : (graph.Documents.Count, graph.Relations.Count, graph.Documents.Count(d => d.Conflict));
        return new IngestSummary(files.Count, added, changed, unchanged, refused,
            counts.Item1, counts.Item2, counts.Item3, stored.Count);
    }

    private static string IngestOne(KbWriter writer, SourceFile file, Dictionary<string, KbWriter.StoredSource> stored, Dictionary<string, string> byHash, List<Refusal> refused)
    {
        byte[] bytes;
        try
        {
            var size = new FileInfo(file.FullPath).Length;
            if (size > MaxBytes)
            {
                refused.Add(new Refusal(file.GivenName, $"too large for a report ({size / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)"));
                return "refused";
            }
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refused.Add(new Refusal(file.GivenName, $"cannot be read: {e.Message}"));
            return "refused";
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (stored.TryGetValue(file.FullPath, out var old) && old.Sha256 == sha) return "unchanged";
        if (byHash.TryGetValue(sha, out var samePath) && samePath != file.FullPath)
        {
            refused.Add(new Refusal(file.GivenName, $"same content as {samePath}, already in the knowledge base"));
            return "refused";
        }
        var decoded = ReportFileReader.Read(file.FullPath, bytes);
        if (!decoded.Ok)
        {
            refused.Add(new Refusal(file.GivenName, decoded.Refusal!));
            return "refused";
        }
        ExtractionResult result;
        try
        {
            result = Extractor.Extract(decoded.Text!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a defect must not cost the rest of the batch: the file is refused by name, nothing is written
            refused.Add(new Refusal(file.GivenName, $"could not be extracted ({e.GetType().Name}: {e.Message}); please report this file"));
            return "refused";
        }
        var id = "src-" + sha[..12];
        writer.WriteSource(id, file, sha, bytes.LongLength, decoded.Encoding, decoded.Text!, result);
        byHash[sha] = file.FullPath;
        var outcome = stored.ContainsKey(file.FullPath) ? "changed" : "added";
        stored[file.FullPath] = new KbWriter.StoredSource(id, file.FullPath, sha);
        return outcome;
    }

    /// <summary>Files given by name are read whatever their extension; folders contribute their .txt, .md
    /// and .docx files, recursively, in a stable order.</summary>
    public static IReadOnlyList<SourceFile> Enumerate(IReadOnlyList<string> inputs, List<Refusal> refused)
    {
        var files = new List<SourceFile>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(new SourceFile(Path.GetFullPath(input), input));
            }
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => ReportExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                    files.Add(new SourceFile(Path.GetFullPath(f), f));
            }
            else
            {
                refused.Add(new Refusal(input, "no such file or folder"));
            }
        }
        return [.. files.DistinctBy(f => f.FullPath)];
    }
}
