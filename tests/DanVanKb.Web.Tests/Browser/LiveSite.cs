using DanVanKb.Web.Hosting;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace DanVanKb.Web.Tests.Browser;

/// <summary>The real app on Kestrel, on a free loopback port, over a knowledge base.</summary>
public sealed class LiveSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private LiveSite(WebApplication app, KnowledgeBase kb)
    {
        this.app = app;
        Kb = kb;
        BaseUrl = app.Urls.First().TrimEnd('/');
    }

    public KnowledgeBase Kb { get; }

    public string BaseUrl { get; }

    public static async Task<LiveSite> Start(KnowledgeBase kb)
    {
        var app = WebApp.Build(new WebAppOptions(kb.Paths.DataDirectory, "http://127.0.0.1:0"));
        await app.StartAsync();
        return new LiveSite(app, kb);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Kb.Dispose();
    }
}
