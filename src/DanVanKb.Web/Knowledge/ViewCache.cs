using Microsoft.Extensions.Caching.Memory;

namespace DanVanKb.Web.Knowledge;

/// <summary>Read models (pages, trees, answers) kept for one snapshot, bounded by bytes rather than entries: a
/// central resolution's page with thousands of implementers weighs a thousand times a commune plan's, so a count of
/// entries let the site's memory climb under a long, varied load. Beyond the limit the least recently used views
/// go (Microsoft.Extensions.Caching.Memory's compaction); a view larger than a sixteenth of the limit is built
/// per request and never kept. A view weighs what its caller says, or else the bytes allocated while building it
/// (an upper bound on what it keeps).</summary>
public sealed class ViewCache(long limitBytes) : IDisposable
{
    /// <summary>The site's default: enough for thousands of ordinary pages.</summary>
    public const long DefaultLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache views = new(new MemoryCacheOptions { SizeLimit = limitBytes, CompactionPercentage = 0.25, TrackStatistics = true });

    public long LimitBytes => limitBytes;

    /// <summary>How many views are kept now.</summary>
    public int Count => views.Count;

    /// <summary>The bytes the kept views weigh (an estimate).</summary>
    public long Bytes => views.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The view kept under the key, or null: nothing is built.</summary>
    public T? Kept<T>(string key)
        where T : class => views.TryGetValue(key, out var kept) ? kept as T : null;

    public T Get<T>(string key, Func<T> build, Func<T, long>? weigh = null)
        where T : class
    {
        if (views.TryGetValue(key, out var kept) && kept is T v) return v;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var built = build();
        var bytes = Math.Max(1, weigh?.Invoke(built) ?? GC.GetAllocatedBytesForCurrentThread() - before);
        if (bytes <= limitBytes / 16)
            views.Set(key, built, new MemoryCacheEntryOptions { Size = bytes });
        return built;
    }

    public void Dispose() => views.Dispose();
}
