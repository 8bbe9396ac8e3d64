namespace DanVanKb.Web.Tests;

/// <summary>The site in process over the tests' own knowledge base.</summary>
public sealed class SiteFactory() : KbSite(KnowledgeBase.FromTestCorpus());
