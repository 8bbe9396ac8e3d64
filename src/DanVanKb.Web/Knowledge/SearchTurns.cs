using DanVanKb.Search.Querying;

namespace DanVanKb.Web.Knowledge;

/// <summary>Searches run one per core at a time; the others wait their turn without holding a thread, and an
/// answer the state has already given is served without waiting. At 20,000 reports a search keeps a core busy for
/// milliseconds to a tenth of a second, a document or tree page for one or two: with every search of 64 clients
/// running at once, those pages waited behind them. Taking turns, over the same mix: the document and tree pages'
/// p99 320-490 ms -> 29-44 ms, requests/s the same (390 / 382, 377), the searches' p50 172 -> 600 ms and p99
/// 965-984 -> 1,034-1,120 ms: they wait where the other pages did.</summary>
public sealed class SearchTurns(int turns) : IDisposable
{
    private readonly SemaphoreSlim free = new(turns, turns);

    /// <summary>One turn per core.</summary>
    public SearchTurns()
        : this(Environment.ProcessorCount)
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
