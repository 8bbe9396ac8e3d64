using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

using DanVanKb.Cli.Watching;
using DanVanKb.Storage;
using DanVanKb.Web.Hosting;

using Microsoft.AspNetCore.Builder;

namespace DanVanKb.Cli.Tests.Watching;

/// <summary>The watcher over a real folder with the real site on Kestrel: what happens in the folder shows
/// on the site (its /api/search, through the index and the graph of one state) and in the export within a
/// few seconds, without a restart.</summary>
public sealed class FolderWatcherTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_site_shows_files_added_changed_and_deleted_in_a_watched_folder_within_seconds()
    {
        using var folder = new SyncFolder();
        folder.Write("province.txt", SyncFolder.Province);
        // a rescan period longer than the bound: what is seen in time was seen through the file events
        await using var run = await Watched.Start(folder, TimeSpan.FromMinutes(5));
        Assert.Contains("1 added, 0 unchanged", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await run.SymbolMatches("45-KH/HU"));

        var district = folder.Write("district.txt", SyncFolder.District);
        await run.Eventually(async () => await run.SymbolMatches("45-KH/HU") == 1 && await run.Passages("Tà Năng") > 0, "the added file on the site");
        Assert.Contains("71-KH/HU", SyncFolder.Symbols(folder.Export().Json));

        File.WriteAllText(district, SyncFolder.District.Replace("71-KH/HU", "72-KH/HU", StringComparison.Ordinal));
        await run.Eventually(async () => await run.SymbolMatches("72-KH/HU") == 1 && await run.SymbolMatches("71-KH/HU") == 0, "the changed file on the site");
        Assert.DoesNotContain("71-KH/HU", SyncFolder.Symbols(folder.Export().Json));

        File.Delete(district);
        await run.Eventually(async () => await run.SymbolMatches("45-KH/HU") == 0 && await run.Passages("Tà Năng") == 0, "the deleted file gone from the site");
        var export = folder.Export().Json;
        Assert.Equal(["province.txt"], SyncFolder.Files(export));
        Assert.DoesNotContain("72-KH/HU", SyncFolder.Symbols(export));
        Assert.Contains("  removed  " + Path.GetFileName(district), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_file_is_reported_once_and_the_watcher_goes_on_and_temporary_files_are_ignored()
    {
        using var folder = new SyncFolder();
        folder.Write("province.txt", SyncFolder.Province);
        await using var run = await Watched.Start(folder, TimeSpan.FromMinutes(5));

        File.WriteAllBytes(Path.Combine(folder.Reports, "empty.txt"), []);
        folder.Write("~$district.txt", SyncFolder.District); // an office suite's owner file
        folder.Write("district.txt.tmp", SyncFolder.District);
        await run.Eventually(() => Task.FromResult(run.Output.Contains("empty.txt: the file is empty", StringComparison.Ordinal)), "the refusal reported");

        folder.Write("commune.txt", SyncFolder.Commune);
        await run.Eventually(async () => await run.SymbolMatches("12-KH/ĐU") == 1, "a file added after the refusal");
        Assert.Equal(1, Occurrences(run.Output, "empty.txt: the file is empty"));
        Assert.DoesNotContain("district", run.Output, StringComparison.Ordinal);
        Assert.Equal(["commune.txt", "province.txt"], SyncFolder.Files(folder.Export().Json).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_file_events_the_rescan_alone_keeps_the_folder_in_sync()
    {
        using var folder = new SyncFolder();
        var province = folder.Write("province.txt", SyncFolder.Province);
        await using var run = await Watched.Start(folder, TimeSpan.FromSeconds(1), fileEvents: false);

        folder.Write("district.txt", SyncFolder.District);
        File.Delete(province);
        await run.Eventually(async () => await run.SymbolMatches("45-KH/HU") == 1 && await run.SymbolMatches("25-NQ/TW") == 0, "the rescan's sync on the site");
        Assert.Equal(["district.txt"], SyncFolder.Files(folder.Export().Json));
    }

    [Fact]
    public async Task The_watcher_waits_while_another_ingest_holds_the_lock()
    {
        using var folder = new SyncFolder();
        folder.Write("province.txt", SyncFolder.Province);
        await using var run = await Watched.Start(folder, TimeSpan.FromMinutes(5));
        var kb = new KbPaths(folder.Data);
        using (KbLock.Acquire(kb))
        {
            folder.Write("district.txt", SyncFolder.District);
            await run.Eventually(() => Task.FromResult(run.Output.Contains("waiting: another ingest", StringComparison.Ordinal)), "the watcher waiting");
            Assert.Equal(0, await run.SymbolMatches("45-KH/HU"));
        }
        await run.Eventually(async () => await run.SymbolMatches("45-KH/HU") == 1, "the sync once the lock is free");
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>A watcher on its own thread and the site over its data folder.</summary>
    private sealed class Watched : IAsyncDisposable
    {
        private readonly LockedWriter output;
        private readonly FolderWatcher watcher;
        private readonly CancellationTokenSource stop = new();
        private readonly Task loop;
        private readonly WebApplication app;
        private readonly HttpClient http;

        private Watched(LockedWriter output, FolderWatcher watcher, WebApplication app)
        {
            this.output = output;
            this.watcher = watcher;
            this.app = app;
            loop = Task.Run(() => watcher.Run(stop.Token));
            http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        }

        public string Output => output.ToString();

        public static async Task<Watched> Start(SyncFolder folder, TimeSpan rescan, bool fileEvents = true)
        {
            var output = new LockedWriter();
            var kb = new KbPaths(folder.Data);
            var watcher = new FolderWatcher(kb, [folder.Reports], output, rescan, fileEvents: fileEvents);
            watcher.SyncNow(CancellationToken.None);
            var app = WebApp.Build(new WebAppOptions(kb.DataDirectory, "http://127.0.0.1:0"));
            await app.StartAsync();
            return new Watched(output, watcher, app);
        }

        /// <summary>Polls until the condition holds, failing after the bound with what the watcher printed.</summary>
        public async Task Eventually(Func<Task<bool>> condition, string what)
        {
            var clock = Stopwatch.StartNew();
            while (!await condition())
            {
                Assert.True(clock.Elapsed < Bound, $"{what}: not seen within {Bound.TotalSeconds} s; the watcher printed:\n{Output}");
                await Task.Delay(200);
            }
        }

        /// <summary>How many documents the site's search names for a symbol.</summary>
        public async Task<int> SymbolMatches(string symbol) =>
            (await Search(symbol)).GetProperty("symbolMatches").GetArrayLength();

        /// <summary>How many report passages the site's search finds for words.</summary>
        public async Task<int> Passages(string words) =>
            (await Search(words)).GetProperty("hits").EnumerateArray().Count(h => h.GetProperty("kind").GetString() != "document");

        private async Task<JsonElement> Search(string q) =>
            await http.GetFromJsonAsync<JsonElement>(new Uri("/api/search?size=100&q=" + Uri.EscapeDataString(q), UriKind.Relative));

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            watcher.Dispose();
            http.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            stop.Dispose();
            output.Dispose();
        }
    }

    /// <summary>What the watcher prints, read by the test while the watcher's thread writes.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock gate = new();

        public override void Write(char value)
        {
            lock (gate) base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (gate) base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (gate) base.WriteLine(value);
        }

        public override string ToString()
        {
            lock (gate) return base.ToString();
        }
    }
}
