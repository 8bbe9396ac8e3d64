namespace DanVanKb.Storage;

/// <summary>The one-writer lock of a data folder (ingest.lock, an OS file lock that a killed process
/// releases): taken by ingest, reindex, a read command completing a stale graph or index, and the site
/// rebuilding an index that is behind. Not re-entrant: take it once per process and pass it on.</summary>
public sealed class KbLock : IDisposable
{
    private readonly FileStream handle;

    private KbLock(FileStream handle) => this.handle = handle;

    /// <summary>Takes the lock or refuses clearly: another process is writing to the folder.</summary>
    public static KbLock Acquire(KbPaths paths) =>
        TryAcquire(paths) ?? throw new KbException($"{paths.LockFile}: another ingest is writing to {paths.DataDirectory}; wait for it to finish");

    /// <summary>The lock, or null when another process holds it.</summary>
    public static KbLock? TryAcquire(KbPaths paths)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        try
        {
            return new KbLock(new FileStream(paths.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => handle.Dispose();
}
