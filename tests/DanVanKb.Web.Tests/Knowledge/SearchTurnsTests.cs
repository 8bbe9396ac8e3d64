using System.Net;

using DanVanKb.Web.Knowledge;

using Microsoft.Extensions.DependencyInjection;

namespace DanVanKb.Web.Tests.Knowledge;

public class SearchTurnsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpClient client = site.CreateClient();

    /// <summary>Every turn the site has, held until disposed: what a burst of long searches does.</summary>
    private async Task<Turns> TakeEveryTurn()
    {
        var turns = site.Services.GetRequiredService<SearchTurns>();
        var taken = new Turns();
        for (var i = 0; i < turns.Count; i++) taken.Add(await turns.Take(CancellationToken.None));
        return taken;
    }

    private sealed class Turns : List<IDisposable>, IDisposable
    {
        public void Dispose() => ForEach(t => t.Dispose());
    }

    [Fact]
    public async Task A_document_page_is_answered_while_searches_wait_for_their_turn()
    {
        using var taken = await TakeEveryTurn();
        var search = client.GetAsync(Routes.ApiSearch("tiếp công dân"));

        var document = await client.GetAsync(Routes.Document("25-NQ-TW-2013")).WaitAsync(Patience);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.False(search.IsCompleted);
        taken.Dispose();
        Assert.Equal(HttpStatusCode.OK, (await search.WaitAsync(Patience)).StatusCode);
    }

    [Fact]
    public async Task A_search_answered_before_is_served_without_waiting_for_a_turn()
    {
        var url = Routes.Search("dân vận khéo");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

        using var taken = await TakeEveryTurn();
        var again = await client.GetAsync(url).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Dân vận khéo", await again.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
