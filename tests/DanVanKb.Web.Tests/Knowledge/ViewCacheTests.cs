using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Tests.Knowledge;

public sealed class ViewCacheTests
{
    [Fact]
    public void Builds_a_view_once_and_serves_it_again()
    {
        using var cache = new ViewCache(1024 * 1024);
        var builds = 0;
        var first = cache.Get("document:a", () => { builds++; return new object(); }, _ => 100);
        var again = cache.Get("document:a", () => { builds++; return new object(); }, _ => 100);

        Assert.Same(first, again);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Keeps_no_more_bytes_than_its_limit_however_many_views_are_asked_for()
    {
        const long Limit = 64 * 1024;
        using var cache = new ViewCache(Limit);
        for (var i = 0; i < 2_000; i++)
            cache.Get($"search:{i}", () => new byte[16], _ => 2_000);

        Assert.InRange(cache.Bytes, 1, Limit);
        Assert.InRange(cache.Count, 1, (int)(Limit / 2_000));
    }

    [Fact]
    public void Recent_views_are_kept_once_old_ones_have_made_room()
    {
        using var cache = new ViewCache(64 * 1024);
        for (var i = 0; i < 500; i++)
            cache.Get($"tree:{i}", () => new object(), _ => 2_000);
        // the compaction that makes room runs beside the requests
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var builds = 0;
        while (DateTime.UtcNow < deadline)
        {
            builds = 0;
            cache.Get("tree:new", () => { builds++; return new object(); }, _ => 2_000);
            cache.Get("tree:new", () => { builds++; return new object(); }, _ => 2_000);
            if (builds == 1) break;
            Thread.Sleep(20);
        }

        Assert.Equal(1, builds);
    }

    [Fact]
    public void A_view_heavier_than_a_sixteenth_of_the_limit_is_built_per_request()
    {
        using var cache = new ViewCache(1024 * 1024);
        var builds = 0;
        for (var i = 0; i < 3; i++)
            cache.Get("document:central", () => { builds++; return new byte[200 * 1024]; }); // weighed by what building it allocated

        Assert.Equal(3, builds);
        Assert.Equal(0, cache.Count);
    }
}
