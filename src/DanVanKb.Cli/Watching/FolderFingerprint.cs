using DanVanKb.Storage.Writing;

namespace DanVanKb.Cli.Watching;

/// <summary>The report files under the watched folders with their sizes and write times: what the periodic
/// rescan compares with the last sync (a sync only when it differs), and how the watcher tells a file
/// still being written (written within the quiet period) from one that has settled.</summary>
internal sealed class FolderFingerprint
{
    private readonly IReadOnlyList<(string Path, long Length, DateTime Written)> files;

    private FolderFingerprint(IReadOnlyList<(string, long, DateTime)> files) => this.files = files;

    public static FolderFingerprint Take(IReadOnlyList<string> folders)
    {
        var files = new List<(string, long, DateTime)>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                files.Add((folder, -1, default)); // a folder gone is a state of its own
                continue;
            }
            try
            {
                foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(KbIngestor.IsFolderReport))
                {
                    var info = new FileInfo(f);
                    if (info.Exists) files.Add((f, info.Length, info.LastWriteTimeUtc));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files.Add((folder, -2, DateTime.UtcNow)); // unreadable now: never equal to a settled state
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return new FolderFingerprint(files);
    }

    public bool Same(FolderFingerprint? other) => other is not null && files.SequenceEqual(other.files);

    /// <summary>Whether a file was written within the last `quiet` (a write time in the far future, from
    /// an archive or a skewed clock, does not count).</summary>
    public bool StillWritten(TimeSpan quiet, DateTime now) =>
        files.Any(f => f.Written > now - quiet && f.Written <= now + quiet);
}
