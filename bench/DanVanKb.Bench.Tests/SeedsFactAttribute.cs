namespace DanVanKb.Bench.Tests;

/// <summary>A test over the shared seed reports (../shared/corpus/seeds): skipped with a message when they are
/// missing, except under CI (CI=true), where a missing corpus must fail the run.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!Directory.Exists(Seeds) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = $"the shared seed reports are not at {Seeds}";
    }

    /// <summary>The checkout: the folder holding DanVanKb.sln above the tests.</summary>
    public static string Repo { get; } = FindRepo();

    public static string Seeds { get; } = Path.GetFullPath(Path.Combine(Repo, "..", "shared", "corpus", "seeds"));

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln"))) return dir.FullName;
        throw new InvalidOperationException("DanVanKb.sln not found above " + AppContext.BaseDirectory);
    }
}
