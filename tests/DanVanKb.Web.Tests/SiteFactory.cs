using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DanVanKb.Web.Tests;

/// <summary>The site in process over the tests' own knowledge base.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public KnowledgeBase Kb { get; } = KnowledgeBase.FromTestCorpus();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(Hosting.WebAppOptions.DataKey, Kb.Paths.DataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Kb.Dispose();
    }
}
