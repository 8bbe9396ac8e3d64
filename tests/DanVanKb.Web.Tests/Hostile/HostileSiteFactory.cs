using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DanVanKb.Web.Tests.Hostile;

/// <summary>The site in process over the test corpus plus the hostile reports.</summary>
public sealed class HostileSiteFactory : WebApplicationFactory<Program>
{
    public KnowledgeBase Kb { get; } = HostileCorpus.Build();

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting(Hosting.WebAppOptions.DataKey, Kb.Paths.DataDirectory);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Kb.Dispose();
    }
}
