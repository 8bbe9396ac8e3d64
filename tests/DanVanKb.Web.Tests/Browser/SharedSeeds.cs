namespace DanVanKb.Web.Tests.Browser;

/// <summary>The shared real reports: ../shared/corpus/seeds beside the repository (the folder with DanVanKb.sln).</summary>
public static class SharedSeeds
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln"))) continue;
            var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
            return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any() ? seeds : null;
        }
        return null;
    }
}
