namespace DanVanKb.Cli.Tests;

/// <summary>Where the repository, its sample corpus and the shared seed reports are, found from the test
/// binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Gold => Path.Combine(Root, "tests", "DanVanKb.Cli.Tests", "Gold");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "seeds"));

    public static bool SeedsPresent => Directory.Exists(Seeds) && Directory.EnumerateFiles(Seeds, "*.txt").Any();

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("DanVanKb.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test over the shared seed reports: skipped with a message when ../shared is missing, except
/// under CI (CI=true), where a missing corpus must fail the run.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!RepoPaths.SeedsPresent && !RepoPaths.UnderCi)
            Skip = $"the shared seed reports are not at {RepoPaths.Seeds}";
    }
}
