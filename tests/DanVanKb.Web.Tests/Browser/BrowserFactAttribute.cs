namespace DanVanKb.Web.Tests.Browser;

/// <summary>A browser test: skipped with a clear message when Debian's Chromium is missing, except under
/// CI=true, where a missing browser is a failure.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !IsCi)
            Skip = $"No Chromium at {Chromium}: install it with 'apt-get install -y chromium' to run the browser tests.";
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A browser test over the shared reports (../shared/corpus/seeds beside the repository): skipped
/// with a message when they or Chromium are missing, except under CI=true.</summary>
public sealed class SeedsBrowserFactAttribute : FactAttribute
{
    public SeedsBrowserFactAttribute()
    {
        if (BrowserFactAttribute.IsCi) return;
        if (!File.Exists(BrowserFactAttribute.Chromium))
            Skip = $"No Chromium at {BrowserFactAttribute.Chromium}: install it with 'apt-get install -y chromium' to run the browser tests.";
        else if (SharedSeeds.Find() is null)
            Skip = "The shared reports (../shared/corpus/seeds beside the repository) are not here.";
    }
}
