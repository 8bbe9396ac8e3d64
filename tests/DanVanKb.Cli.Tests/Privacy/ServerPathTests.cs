using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

using DanVanKb.Web;
using DanVanKb.Web.Hosting;

using Microsoft.AspNetCore.Builder;

namespace DanVanKb.Cli.Tests.Privacy;

/// <summary>A public site must not disclose where its reports lie on the server: the sample reports are
/// ingested from a temporary folder given by its absolute path, and every page, JSON twin, the export and
/// the commands' output are searched for that path and for any absolute path.</summary>
public partial class ServerPathTests
{
    [Fact]
    public async Task No_page_json_twin_export_or_command_output_shows_a_server_path()
    {
        var root = Directory.CreateTempSubdirectory("danvankb-paths-");
        try
        {
            var reports = Path.Combine(root.FullName, "bao-cao");
            foreach (var (file, i) in Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Select((f, i) => (f, i)))
            {
                var folder = i % 2 == 0 ? reports : Path.Combine(reports, "huyen"); // names relative to the folder keep its subfolders
                Directory.CreateDirectory(folder);
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            var data = Path.Combine(root.FullName, "kb");
            var draft = Path.Combine(root.FullName, "du-thao.txt");
            var exportFile = Path.Combine(root.FullName, "export.json");
            File.WriteAllText(draft, "Thực hiện Nghị quyết số 25-NQ/TW ngày 06/3/2013 của Ban Chấp hành Trung ương Đảng khóa XI và Chỉ thị số 33/CT-TTg.");

            var outputs = new List<(string What, string Text)>();
            void Cli(params string[] args)
            {
                var run = CliRun.Of(args);
                Assert.True(run.Exit is ExitCodes.Ok or ExitCodes.Partial, $"{string.Join(' ', args)}: exit {run.Exit}: {run.Err}");
                // the data folder, the draft and the export file are echoed as the operator typed them; nothing else may name a path
                var echoed = new[] { (data, "DATA"), (draft, "DRAFT"), (exportFile, "EXPORT") }
                    .Aggregate(run.Out + run.Err, (text, typed) => text.Replace(typed.Item1, typed.Item2, StringComparison.Ordinal));
                outputs.Add((string.Join(' ', args.Take(2)), echoed));
            }
            Cli("ingest", reports, "--data", data);
            foreach (var symbol in new[] { "25-NQ/TW", "33/CT-TTg", "286-BC/HU", "12-CT/TU", "03-ĐA/TU", "45-KH/HU" }) Cli("show", symbol, "--data", data);
            Cli("cite", "25-NQ/TW", "--data", data);
            Cli("stats", "--data", data);
            Cli("check", draft, "--data", data, "--all");
            Cli("export", "--data", data);
            Cli("export", "--data", data, "--out", exportFile);
            var export = File.ReadAllText(exportFile);
            outputs.Add(("export file", export));
            var files = JsonDocument.Parse(export).RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file").GetString()!).ToList();
            Assert.Contains("huyen/02_btv-tinh-uy-chi-thi-12.txt", files);
            Assert.Contains("01_tinh-uy-tong-ket-10-nam-nq25.txt", files);

            var app = WebApp.Build(new WebAppOptions(data, "http://127.0.0.1:0"));
            await app.StartAsync();
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
                foreach (var url in Urls(JsonDocument.Parse(export).RootElement))
                {
                    var response = await http.GetAsync(url);
                    Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
                    outputs.Add((url, response.Headers + "\n" + response.Content.Headers + "\n" + await response.Content.ReadAsStringAsync()));
                }
                var check = await http.PostAsJsonAsync(Routes.ApiCheck, new { text = File.ReadAllText(draft) });
                outputs.Add((Routes.ApiCheck, await check.Content.ReadAsStringAsync()));
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }

            Assert.True(outputs.Count > 300, $"only {outputs.Count} outputs searched");
            foreach (var (what, text) in outputs)
            {
                Assert.False(text.Contains(reports, StringComparison.Ordinal), $"{what} shows the folder the reports were read from ({reports})");
                Assert.False(text.Contains(root.FullName, StringComparison.Ordinal), $"{what} shows the temporary folder {root.FullName}");
                var absolute = AbsolutePath().Match(text);
                Assert.False(absolute.Success, $"{what} shows an absolute path: …{(absolute.Success ? text.Substring(Math.Max(0, absolute.Index - 60), Math.Min(160, text.Length - Math.Max(0, absolute.Index - 60))) : "")}…");
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Every page and JSON twin of the knowledge base: home, searches (grouped and within a report),
    /// the hierarchy by level, each document's page, timeline, twin and tree, each report's page, twin and
    /// original, the checker.</summary>
    private static IEnumerable<string> Urls(JsonElement export)
    {
        yield return Routes.Home;
        yield return Routes.CheckPath;
        foreach (var q in new[] { "dân vận khéo", "25-NQ/TW", "33/CT-TTg", "Hàm Yên", "kế hoạch" })
        {
            yield return Routes.Search(q);
            yield return Routes.ApiSearch(q);
        }
        yield return Routes.Hierarchy();
        foreach (var level in new[] { "central", "province", "district", "commune", "agency" }) yield return Routes.Hierarchy(level);
        foreach (var d in export.GetProperty("documents").EnumerateArray())
        {
            // a document's page by its id redirects to its slug, which the client follows
            var id = d.GetProperty("id").GetString()!;
            yield return Routes.Document(id);
            yield return Routes.Timeline(id);
            yield return Routes.ApiDocument(id);
            yield return Routes.ApiTree(id);
        }
        foreach (var s in export.GetProperty("sources").EnumerateArray())
        {
            var id = s.GetProperty("id").GetString()!;
            yield return Routes.Source(id);
            yield return Routes.ApiSource(id);
            yield return Routes.SourceOriginal(id);
            yield return Routes.Search("dân vận", report: id);
        }
    }

    /// <summary>A path of a Unix or Windows file system: /home/…, /tmp/…, /work/…, C:\…</summary>
    [GeneratedRegex(@"(?<![\w.:/-])/(home|root|tmp|work|var|srv|opt|mnt|media|usr|etc|data|Users|private)/|\b[A-Za-z]:\\[\w.]")]
    private static partial Regex AbsolutePath();
}
