namespace DanVanKb.Cli.Commands;

/// <summary>Finds the repository's corpus/ folder: beside DanVanKb.sln, from the working folder or the
/// program's folder upwards.</summary>
internal static class RepositoryCorpus
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln")) && Directory.Exists(Path.Combine(dir.FullName, "corpus")))
                    return Path.Combine(dir.FullName, "corpus");
        return null;
    }
}
