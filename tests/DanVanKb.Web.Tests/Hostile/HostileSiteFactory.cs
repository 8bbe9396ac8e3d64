namespace DanVanKb.Web.Tests.Hostile;

/// <summary>The site in process over the test corpus plus the hostile reports.</summary>
public sealed class HostileSiteFactory() : KbSite(HostileCorpus.Build());
