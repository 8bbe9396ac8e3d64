using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DanVanKb.Reliability.Tests;

/// <summary>`danvankb serve --watch` and `danvankb watch` as real child processes over a real folder: the
/// running site shows what happens in the folder without a restart, the watcher prints what changed, and
/// `watch` stops cleanly on SIGTERM.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed partial class WatchProcessTests : IDisposable
{
    private const string Province = "Trên đây là báo cáo của Tỉnh ủy Lâm Đồng về công tác dân vận.\n\nChương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI.\n";
    private const string District = "Trên đây là báo cáo của Huyện ủy Đức Trọng.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy Đức Trọng về triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 06/8/2013 của Tỉnh ủy Lâm Đồng.\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly string root = Path.Combine(Path.GetTempPath(), "danvankb-watch-" + Guid.NewGuid().ToString("N")[..12]);

    public WatchProcessTests()
    {
        Directory.CreateDirectory(Reports);
        File.WriteAllText(Path.Combine(Reports, "province.txt"), Province);
    }

    private string Reports => Path.Combine(root, "reports");

    private string Data => Path.Combine(root, "data");

    [GeneratedRegex(@"running at (http://\S+?)/? ")]
    private static partial Regex RunningAt();

    [Fact]
    public async Task ServeWatchShowsAddedAndDeletedFilesOnTheRunningSite()
    {
        using var serve = ChildCli.Start(null, "serve", "--watch", Reports, "--data", Data, "--port", "0");
        try
        {
            var url = await Until(() => RunningAt().Match(serve.Out) is { Success: true } m ? m.Groups[1].Value : null, serve, TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            Assert.Equal(0, await Matches(http, "45-KH/HU"));

            var district = Path.Combine(Reports, "district.txt");
            File.WriteAllText(district, District);
            await Until(async () => await Matches(http, "45-KH/HU") == 1, serve, Bound);
            File.Delete(district);
            await Until(async () => await Matches(http, "45-KH/HU") == 0, serve, Bound);
            // the watcher prints a sync once its index is committed: the site may serve the state a moment before
            await Until(() => serve.Out.Contains("  removed  district.txt", StringComparison.Ordinal) ? "" : null, serve, Bound);
            Assert.Contains("  added    district.txt", serve.Out, StringComparison.Ordinal);
            Assert.False(serve.Process.HasExited);
        }
        finally
        {
            serve.Kill();
        }
    }

    [Fact]
    public async Task WatchPrintsWhatChangedAndStopsCleanlyOnSigterm()
    {
        using var watch = ChildCli.Start(null, "watch", Reports, "--data", Data);
        await Until(() => watch.Out.Contains("1 added, 0 unchanged", StringComparison.Ordinal) ? "" : null, watch, TimeSpan.FromSeconds(60));
        File.WriteAllText(Path.Combine(Reports, "district.txt"), District);
        File.WriteAllBytes(Path.Combine(Reports, "blank.txt"), [0x20, 0x0A]);
        await Until(() => watch.Out.Contains("blank.txt: the file holds only whitespace", StringComparison.Ordinal) && watch.Out.Contains("district.txt", StringComparison.Ordinal) ? "" : null, watch, Bound);
        Assert.Contains("1 added, 1 unchanged, 1 refused: 2 reports", watch.Out, StringComparison.Ordinal);

        using (var term = Process.Start("kill", ["-TERM", watch.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        Assert.Equal(0, watch.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.False(File.Exists(Path.Combine(Data, "ingest.lock")), "the lock file is left behind");
    }

    private static async Task<int> Matches(HttpClient http, string symbol)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(symbol), UriKind.Relative)));
        return json.RootElement.GetProperty("symbolMatches").GetArrayLength();
    }

    private static Task<string> Until(Func<string?> value, ChildCli child, TimeSpan bound) =>
        Until(() => Task.FromResult(value()), child, bound);

    private static async Task Until(Func<Task<bool>> condition, ChildCli child, TimeSpan bound) =>
        await Until(async () => await condition() ? "" : null, child, bound);

    /// <summary>Polls until a value is found, failing after the bound with what the child printed.</summary>
    private static async Task<string> Until(Func<Task<string?>> value, ChildCli child, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await value() is { } found) return found;
            Assert.False(child.Process.HasExited, $"danvankb exited: {child.Out}\n{child.Err}");
            Assert.True(clock.Elapsed < bound, $"not seen within {bound.TotalSeconds} s; danvankb printed:\n{child.Out}\n{child.Err}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // a child still closing: the temp folder is cleaned later
        }
    }
}
