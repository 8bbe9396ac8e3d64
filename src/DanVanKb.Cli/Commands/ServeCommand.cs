using System.CommandLine;

using DanVanKb.Cli.Watching;
using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Hosting;

using Microsoft.Extensions.Hosting;

namespace DanVanKb.Cli.Commands;

/// <summary>`serve [--data DIR] [--port N] [--host ADDR] [--corpus DIR] [--watch DIR]... [--rescan SECONDS]`:
/// the web site. An empty data folder is first filled from the repository's corpus/ folder; with --watch,
/// from the watched folders instead, which are then kept in sync while the site runs (the site serves each
/// new state once its graph and index are committed, without a restart). Binds 127.0.0.1 unless told
/// otherwise.</summary>
public static class ServeCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0: any free port)", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "The address to bind", DefaultValueFactory = _ => "127.0.0.1" };
        var corpus = new Option<string?>("--corpus") { Description = "Reports to ingest when the data folder is empty (default: the repository's corpus/)" };
        var watch = new Option<string[]>("--watch") { Description = "A folder of reports to keep the knowledge base in sync with while serving (repeatable)" };
        var rescan = WatchCommand.RescanOption();
        var command = new Command("serve", "Start the web site over the knowledge base") { port, host, corpus, watch, rescan };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(Path.GetFullPath(parse.GetValue(data)!));
            var watched = parse.GetValue(watch) ?? [];
            if (WatchCommand.Missing(watched, stderr)) return ExitCodes.Error;
            using var watcher = watched.Length > 0 ? new FolderWatcher(kb, watched, stdout, TimeSpan.FromSeconds(parse.GetValue(rescan))) : null;
            if (watcher is not null)
            {
                stdout.WriteLine($"Watching {string.Join(", ", watched.Select(Path.GetFullPath))} into {kb.Database}");
                watcher.SyncNow(CancellationToken.None);
            }
            else if (!kb.Exists)
            {
                var reports = parse.GetValue(corpus) ?? RepositoryCorpus.Find();
                if (reports is null)
                {
                    stderr.WriteLine($"danvankb: {kb.Database} is empty and no corpus/ folder was found; give one with --corpus DIR");
                    return ExitCodes.Error;
                }
                stdout.WriteLine($"The knowledge base is empty: ingesting {reports} …");
                var summary = KbIngestor.Ingest(kb, [reports]);
                stdout.WriteLine($"  {summary.Sources} reports, {summary.Documents} documents, {summary.Relations} relations");
            }
            KbAccess.Freshen(kb);
            var app = WebApp.Build(new WebAppOptions(kb.DataDirectory, $"http://{parse.GetValue(host)}:{parse.GetValue(port)}"));
            app.Start();
            foreach (var url in app.Urls) stdout.WriteLine($"DanVanKb is running at {url}/  (Ctrl+C to stop)");
            stdout.Flush();
            var watching = watcher is null ? Task.CompletedTask : Task.Run(() => watcher.Run(app.Lifetime.ApplicationStopping));
            app.WaitForShutdown();
            watching.Wait();
            return ExitCodes.Ok;
        });
        return command;
    }
}
