namespace DanVanKb.Web.Hosting;

/// <summary>Where the knowledge base is and where to listen.</summary>
public sealed record WebAppOptions(string DataDirectory, string? Urls = null)
{
    public const string DataKey = "Data";

    /// <summary>`--Data DIR` (or the DANVANKB_DATA variable), default `index`.</summary>
    public static WebAppOptions FromArgs(string[] args)
    {
        var i = Array.FindIndex(args, a => a is "--data" or "--Data");
        var data = i >= 0 && i + 1 < args.Length ? args[i + 1] : Environment.GetEnvironmentVariable("DANVANKB_DATA") ?? "index";
        return new WebAppOptions(data);
    }
}
