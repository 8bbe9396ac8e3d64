using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

using DanVanKb.Web.Hosting;

using Microsoft.AspNetCore.Builder;

using Xunit.Abstractions;

namespace DanVanKb.Reliability.Tests;

/// <summary>Concurrent use of one data folder: two real ingests, and the site answering while one runs.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConcurrencyTests(ReliabilityCorpus corpus, ITestOutputHelper output)
{
    [Fact]
    public void ASecondIngestIsRefusedClearlyAndTheFirstCompletes()
    {
        var kb = corpus.NewData("two-ingests", fromBaseline: false);
        using var first = ChildCli.Start(null, "ingest", corpus.Corpus, "--data", kb.DataDirectory);
        var clock = Stopwatch.StartNew();
        while (!first.Err.Contains("[1/", StringComparison.Ordinal) && clock.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(10);
        Assert.False(first.Process.HasExited, "the first ingest finished before the second started");

        var second = ChildCli.Run("ingest", corpus.Corpus, "--data", kb.DataDirectory);
        Assert.Equal(2, second.Exit);
        Assert.Contains("another ingest is writing", second.Err, StringComparison.Ordinal);
        Assert.False(first.Process.HasExited, "the second ingest was refused only after the first ended");

        Assert.Equal(0, first.WaitForExit(TimeSpan.FromSeconds(120)));
        StoreCheck.Agree(kb);
        Assert.Equal(corpus.ReferenceExport, corpus.Export(kb));
    }

    [Fact]
    public async Task TheSiteAnswersWithTheOldOrTheNewStateWhileAnIngestRuns()
    {
        var kb = corpus.NewData("site", fromBaseline: true);
        var app = WebApp.Build(new WebAppOptions(kb.DataDirectory, "http://127.0.0.1:0"));
        await app.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var old = await Search(http);
            var oldPage = await PageMentions(http);
            var seen = new ConcurrentDictionary<(int, int), int>();
            var pages = new ConcurrentDictionary<int, int>();
            var errors = new ConcurrentBag<string>();
            int requests = 0;
            using var ingest = ChildCli.Start(null, "ingest", corpus.Corpus, "--data", kb.DataDirectory);
            var stop = DateTime.UtcNow.AddSeconds(60);
            async Task Client()
            {
                while (!ingest.Process.HasExited && DateTime.UtcNow < stop)
                {
                    try
                    {
                        seen.AddOrUpdate(await Search(http), 1, (_, n) => n + 1);
                        pages.AddOrUpdate(await PageMentions(http), 1, (_, n) => n + 1);
                        using var page = await http.GetAsync(new Uri("/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o", UriKind.Relative));
                        if (!page.IsSuccessStatusCode) errors.Add($"search page: {(int)page.StatusCode}");
                    }
                    catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
                    {
                        errors.Add(e.Message);
                    }
                    Interlocked.Add(ref requests, 3);
                }
            }
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Client)));
            Assert.Equal(0, ingest.WaitForExit(TimeSpan.FromSeconds(60)));
            var @new = await Search(http);
            var newPage = await PageMentions(http);
            Assert.NotEqual(old, @new);
            Assert.NotEqual(oldPage, newPage);
            Assert.Equal(@new.Mentions, newPage);

            Assert.Empty(errors);
            var mixed = seen.Keys.Where(s => s != old && s != @new).ToList();
            Assert.True(mixed.Count == 0, $"search answers neither old {old} nor new {@new}: {string.Join(", ", mixed)}");
            Assert.All(pages.Keys, m => Assert.True(m == oldPage || m == newPage, $"document page: {m} mentions, neither {oldPage} nor {newPage}"));
            Figures.Report(output, $"site during ingest: {requests} requests by 4 clients while ingest ran, {errors.Count} errors; " +
                $"search answers (passages found, mentions of 25-NQ/TW) old {old} ×{seen.GetValueOrDefault(old)}, new {@new} ×{seen.GetValueOrDefault(@new)}, other {mixed.Count}; " +
                $"document page mentions old {oldPage} ×{pages.GetValueOrDefault(oldPage)}, new {newPage} ×{pages.GetValueOrDefault(newPage)}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>One search response, which joins the index (passages found for 25-NQ/TW) and the graph (the
    /// document's mention count): both must come from one state.</summary>
    private static async Task<(int Total, int Mentions)> Search(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/api/search?q=25-NQ%2FTW", UriKind.Relative));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"search: {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("total").GetInt32(), json.RootElement.GetProperty("symbolMatches")[0].GetProperty("mentions").GetInt32());
    }

    private static async Task<int> PageMentions(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/api/documents/25-NQ-TW-2013", UriKind.Relative));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"document: {(int)response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("document").GetProperty("mentions").GetInt32();
    }
}
