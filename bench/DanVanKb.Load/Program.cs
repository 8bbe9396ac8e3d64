using System.Text.Json;

using DanVanKb.Load;
using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Synthetic;
using DanVanKb.Web.Hosting;
using DanVanKb.Web.Indexing;

// the child: the site itself, over a data folder, on the URL given
if (args is ["--serve", var data, var url])
{
    var app = WebApp.Build(new WebAppOptions(data, url));
    await app.RunAsync();
    return 0;
}

LoadOptions o;
try
{
    o = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

string? temp = null;
var folder = o.Data;
if (folder is null)
{
    temp = Path.Combine(Path.GetTempPath(), "danvankb-load-" + Guid.NewGuid().ToString("N"));
    var corpora = o.Corpora.Count > 0 ? o.Corpora : ["corpus"];
    var synthetic = Path.Combine(temp, "synthetic");
    new SyntheticCorpus().Write(synthetic, o.Synthetic);
    folder = Path.Combine(temp, "data");
    var paths = new KbPaths(folder);
    var started = DateTime.UtcNow;
    var ingest = KbIngestor.Ingest(paths, [.. corpora.Where(Directory.Exists), synthetic]);
    KbIndexer.Rebuild(paths);
    Console.WriteLine($"ingested {string.Join(", ", corpora)} and {o.Synthetic} synthetic reports in {(DateTime.UtcNow - started).TotalSeconds:F1} s: {ingest.Files} files, {ingest.Documents} documents, {ingest.Relations} relations, {ingest.Refused.Count} refused");
}

try
{
    var targets = Targets.From(new KbPaths(folder));
    Console.WriteLine($"targets: {string.Join(", ", targets.ByKind.Select(kv => $"{kv.Key} {kv.Value.Length}"))}; {targets.Distinct} distinct URLs");
    LoadResult result;
    if (o.Url is not null) result = await LoadRun.Run(o.Url, targets, o, null);
    else
    {
        using var server = await ServerProcess.Start(folder);
        result = await LoadRun.Run(server.Url, targets, o, server.Pid);
    }
    Console.Write(result.Text());
    await File.WriteAllTextAsync(o.Out, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"result: {Path.GetFullPath(o.Out)}");
    return result.Errors == 0 ? 0 : 1;
}
finally
{
    if (temp is not null) Directory.Delete(temp, recursive: true);
}
