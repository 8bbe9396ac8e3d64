using DanVanKb.Search.Querying;

namespace DanVanKb.Web.Knowledge;

/// <summary>Searches run a few per core at a time (<see cref="PerCore"/>); the others wait their turn without holding
/// a thread, and an answer the state has already given is served without waiting. At 20,000 reports a search keeps a
/// core busy for milliseconds to a tenth of a second, a document or tree page for one or two: with every search of
/// 64 clients running at once, those pages waited behind them.</summary>
public sealed class SearchTurns(int turns) : IDisposable
{
    /// <summary>Turns per core, measured over the honest mix with 64 clients. At 20,000 reports the document and tree
    /// pages' p99 was 320-490 ms with every search running at once, 88-156 ms with four turns per core, 29-44 ms with
    /// one, the searches' p99 about 1 s throughout (requests/s 390, 364, 377-382). At 1,000 reports, where a search
    /// takes a few ms, one turn per core queued them: their p99 315 ms against 104-116 with no turns; with four per
    /// core every page's p99 89-91 ms.</summary>
    public const int PerCore = 4;

    private readonly SemaphoreSlim free = new(turns, turns);

    /// <summary>How many searches may run at once.</summary>
    public int Count { get; } = turns;

    public SearchTurns()
        : this(Environment.ProcessorCount * PerCore)
    {
    }

    /// <summary>The view's answer to the request: kept, or searched in a turn.</summary>
    public async Task<SearchResults> Search(KbView view, SearchRequest request, CancellationToken cancel)
    {
        if (view.Answered(request) is { } kept) return kept;
        using (await Take(cancel)) return view.Search(request);
    }

    /// <summary>Waits for a turn; disposing the result gives it back.</summary>
    internal async Task<IDisposable> Take(CancellationToken cancel)
    {
        await free.WaitAsync(cancel);
        return new Turn(free);
    }

    private sealed class Turn(SemaphoreSlim free) : IDisposable
    {
        private int given;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref given, 1) == 0) free.Release();
        }
    }

    public void Dispose() => free.Dispose();
}
