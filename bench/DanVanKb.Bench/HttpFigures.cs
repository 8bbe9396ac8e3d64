using DanVanKb.Load;
using DanVanKb.Storage;

namespace DanVanKb.Bench;

/// <summary>The real site in a child process (bench/DanVanKb.Load's ServerProcess) loaded by its LoadRun: the
/// search, document and tree pages and their JSON twins with 1, 16 and 64 clients, then the document page
/// alone with 64, each for a bounded time (64 clients for <c>soakSeconds</c> when longer: a run long enough to
/// see whether the server's memory levels off); the server's RSS before the first phase and after the last.</summary>
public sealed record HttpFigures(double RssBeforeMb, double RssAfterMb, IReadOnlyList<HttpPhase> Phases)
{
    public static readonly int[] ClientCounts = [1, 16, 64];

    public static async Task<HttpFigures> Measure(string data, BenchOptions o, int soakSeconds = 0)
    {
        var targets = Targets.From(new KbPaths(data));
        using var server = await ServerProcess.Start(data);
        var before = Math.Round(ServerProcess.RssMb(server.Pid), 1);
        var phases = new List<HttpPhase>();
        var duration = TimeSpan.FromSeconds(o.HttpSeconds);
        foreach (var clients in ClientCounts)
        {
            var seconds = clients == ClientCounts[^1] ? Math.Max(o.HttpSeconds, soakSeconds) : o.HttpSeconds;
            var result = await LoadRun.Run(server.Url, targets, new LoadOptions { Clients = clients, Duration = TimeSpan.FromSeconds(seconds), MaxRequests = 10_000_000 }, server.Pid);
            phases.Add(new HttpPhase("all pages", result));
        }
        var documentOnly = new Targets(new Dictionary<string, string[]> { ["document"] = [.. targets.ByKind["document"]] });
        var alone = await LoadRun.Run(server.Url, documentOnly, new LoadOptions { Clients = ClientCounts[^1], Duration = duration, MaxRequests = 10_000_000 }, server.Pid);
        phases.Add(new HttpPhase("document page alone", alone));
        var after = Math.Round(ServerProcess.RssMb(server.Pid), 1);
        return new HttpFigures(before, after, phases);
    }
}

/// <summary>One load phase: what was requested and what LoadRun measured.</summary>
public sealed record HttpPhase(string Mix, LoadResult Result);
