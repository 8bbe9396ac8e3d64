using System.CommandLine;

using DanVanKb.Storage;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Hosting;

using Microsoft.Extensions.Hosting;

namespace DanVanKb.Cli.Commands;

/// <summary>`serve [--data DIR] [--port N] [--host ADDR] [--corpus DIR]`: the web site. An empty data folder
/// is first filled from the repository's corpus/ folder. Binds 127.0.0.1 unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on (0: any free port)", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "The address to bind", DefaultValueFactory = _ => "127.0.0.1" };
        var corpus = new Option<string?>("--corpus") { Description = "Reports to ingest when the data folder is empty (default: the repository's corpus/)" };
        var command = new Command("serve", "Start the web site over the knowledge base") { port, host, corpus };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(Path.GetFullPath(parse.GetValue(data)!));
            if (!kb.Exists)
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
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }
}
