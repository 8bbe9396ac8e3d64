using DanVanKb.Storage;
using DanVanKb.Storage.Writing;

namespace DanVanKb.Cli.Watching;

/// <summary>Keeps the knowledge base in sync with folders while it runs (`watch`, `serve --watch`).
/// FileSystemWatcher events mark the folders changed; a sync runs once no event has come for the quiet
/// period (a burst of events, a file copied in pieces, an editor's save-by-rename: one sync) and no report
/// file was written within it (a file still being written waits). Events can be lost (a full event
/// buffer, some network shares), so a periodic rescan compares the files' sizes and write times with the
/// last sync and syncs when they differ. Temporary files and the data folder itself are ignored. Each
/// sync takes the ingest lock; while another process holds it the watcher waits and tries again. A
/// refused file is reported once and the watcher goes on; a failed sync is reported and retried at the
/// next change or rescan.</summary>
internal sealed class FolderWatcher : IDisposable
{
    public static readonly TimeSpan DefaultQuiet = TimeSpan.FromMilliseconds(750);
    public static readonly TimeSpan DefaultRescan = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>A folder that never settles (a report file rewritten every second) is synced anyway.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly KbPaths kb;
    private readonly IReadOnlyList<string> folders;
    private readonly TextWriter output;
    private readonly TimeSpan quiet;
    private readonly TimeSpan rescan;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly string dataPrefix;
    private long lastEvent;
    private long pendingSince;
    private int pending;
    private FolderFingerprint? synced;
    private HashSet<Refusal> refusals = [];
    private bool waiting;

    /// <summary>Starts watching the folders' file events (fileEvents false: rescans only, how the tests show
    /// that the safety net alone keeps a folder in sync).</summary>
    public FolderWatcher(KbPaths kb, IReadOnlyList<string> folders, TextWriter output, TimeSpan? rescan = null, TimeSpan? quiet = null, bool fileEvents = true)
    {
        this.kb = kb;
        this.folders = [.. folders.Select(Path.GetFullPath)];
        this.output = TextWriter.Synchronized(output);
        this.quiet = quiet ?? DefaultQuiet;
        this.rescan = rescan ?? DefaultRescan;
        var data = Path.GetFullPath(kb.DataDirectory);
        dataPrefix = Path.EndsInDirectorySeparator(data) ? data : data + Path.DirectorySeparatorChar;
        // events are watched from now, before the first sync: a change made while it runs is not missed
        if (fileEvents)
            foreach (var folder in this.folders) Watch(folder);
    }

    /// <summary>Syncs now, waiting while another process holds the lock: the state the site starts with.</summary>
    public void SyncNow(CancellationToken cancel)
    {
        var fingerprint = FolderFingerprint.Take(folders);
        while (!TrySync(fingerprint, always: true) && !cancel.WaitHandle.WaitOne(TimeSpan.FromSeconds(1)))
        {
            // another ingest holds the lock: try again
        }
    }

    /// <summary>Watches until cancelled.</summary>
    public void Run(CancellationToken cancel)
    {
        var nextRescan = Environment.TickCount64 + (long)rescan.TotalMilliseconds;
        while (!cancel.WaitHandle.WaitOne(Tick))
        {
            var now = Environment.TickCount64;
            var pendingNow = Volatile.Read(ref pending) == 1;
            var overdue = pendingNow && now - Volatile.Read(ref pendingSince) >= MaxWait.TotalMilliseconds;
            var due = overdue || (pendingNow && now - Volatile.Read(ref lastEvent) >= quiet.TotalMilliseconds);
            FolderFingerprint? fingerprint = null;
            if (now >= nextRescan)
            {
                nextRescan = now + (long)rescan.TotalMilliseconds;
                fingerprint = FolderFingerprint.Take(folders);
                due |= !fingerprint.Same(synced);
            }
            if (!due) continue;
            fingerprint ??= FolderFingerprint.Take(folders);
            if (!overdue && fingerprint.StillWritten(quiet, DateTime.UtcNow))
            {
                Touch(); // a file is still being written: wait for it to settle
                continue;
            }
            Interlocked.Exchange(ref pending, 0);
            if (!TrySync(fingerprint, always: false)) Touch(); // the lock is held: try again after the quiet period
        }
    }

    private void Watch(string folder)
    {
        try
        {
            var w = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            w.Created += (_, e) => OnEvent(e.FullPath, contentOnly: false);
            w.Deleted += (_, e) => OnEvent(e.FullPath, contentOnly: false);
            w.Changed += (_, e) => OnEvent(e.FullPath, contentOnly: true);
            w.Renamed += (_, e) =>
            {
                OnEvent(e.OldFullPath, contentOnly: false);
                OnEvent(e.FullPath, contentOnly: false);
            };
            w.Error += (_, _) => Touch(); // events were lost: look at everything
            w.EnableRaisingEvents = true;
            watchers.Add(w);
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // e.g. the inotify limit reached: the rescans still keep the folder in sync, only later
            output.WriteLine($"[{Now()}] no file events for {folder} ({e.Message}); rescanning every {rescan.TotalSeconds:0} s");
        }
    }

    /// <summary>A temporary file or the data folder never triggers a sync; a content change only for a
    /// report file (a folder's Changed says nothing); a file or folder created, deleted or renamed does.</summary>
    private void OnEvent(string path, bool contentOnly)
    {
        if (TemporaryFiles.IsTemporary(path) || path.StartsWith(dataPrefix, StringComparison.Ordinal)) return;
        if (contentOnly && !KbIngestor.IsFolderReport(path)) return;
        Touch();
    }

    private void Touch()
    {
        var now = Environment.TickCount64;
        Volatile.Write(ref lastEvent, now);
        if (Volatile.Read(ref pending) == 0) Volatile.Write(ref pendingSince, now); // before pending: never read stale
        Interlocked.Exchange(ref pending, 1);
    }

    /// <summary>One sync; false when the lock is held by another process. Prints what changed.</summary>
    private bool TrySync(FolderFingerprint fingerprint, bool always)
    {
        SyncResult? result;
        try
        {
            result = FolderSync.TryRun(kb, folders);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            output.WriteLine($"[{Now()}] sync failed: {e.Message}; trying again at the next change or rescan");
            synced = null;
            return true;
        }
        if (result is null)
        {
            if (!waiting) output.WriteLine($"[{Now()}] waiting: another ingest is writing to {kb.DataDirectory}");
            waiting = true;
            return false;
        }
        waiting = false;
        synced = fingerprint;
        Print(result, always);
        return true;
    }

    private void Print(SyncResult r, bool always)
    {
        var s = r.Summary;
        var current = s.Refused.ToHashSet();
        var newlyRefused = s.Refused.Where(x => !refusals.Contains(x)).ToList();
        refusals = current;
        if (!always && s.Changes == 0 && newlyRefused.Count == 0 && r.Index is null) return;
        output.WriteLine($"[{Now()}] {s.Counts()}{(s.Refused.Count > 0 ? $", {s.Refused.Count} refused" : "")}: "
            + $"{s.Sources} reports, {s.Documents} documents, {s.Relations} relations");
        foreach (var f in r.Files) output.WriteLine($"  {f.Outcome,-8} {f.Described}");
        foreach (var x in newlyRefused) output.WriteLine($"  refused  {x.File}: {x.Reason}");
        output.Flush();
    }

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var w in watchers) w.Dispose();
    }
}
