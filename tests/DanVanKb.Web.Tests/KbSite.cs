using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DanVanKb.Web.Tests;

/// <summary>The site in process over a knowledge base built for the tests, deleted with the site.</summary>
public abstract class KbSite(KnowledgeBase kb) : WebApplicationFactory<Program>
{
    public KnowledgeBase Kb { get; } = kb;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(Hosting.WebAppOptions.DataKey, Kb.Paths.DataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Kb.Dispose();
    }
}
