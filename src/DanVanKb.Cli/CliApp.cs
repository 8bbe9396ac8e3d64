using System.CommandLine;

using DanVanKb.Cli.Commands;
using DanVanKb.Storage;

namespace DanVanKb.Cli;

/// <summary>The `danvankb` command line: one sub-command per verb, every one with --data.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data")
        {
            Description = "The data folder (kb.db and the search index)",
            DefaultValueFactory = _ => "index",
            Recursive = true,
        };
        var root = new RootCommand("DanVanKb: the citation graph of Party and State directive documents")
        {
            data,
            IngestCommand.Create(data, stdout, stderr),
            ExportCommand.Create(data, stdout, stderr),
            ShowCommand.Create(data, stdout, stderr),
            StatsCommand.Create(data, stdout, stderr),
            CiteCommand.Create(data, stdout, stderr),
            CheckCommand.Create(data, stdout, stderr),
            ExtractCommand.Create(stdout, stderr),
            ScoreCommand.Create(stdout, stderr),
            ReindexCommand.Create(data, stdout, stderr),
            ServeCommand.Create(data, stdout, stderr),
            WatchCommand.Create(data, stdout, stderr),
        };
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (KbException e)
        {
            stderr.WriteLine($"danvankb: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
