using System.CommandLine;
using System.Runtime.InteropServices;

using DanVanKb.Cli.Watching;
using DanVanKb.Storage;

namespace DanVanKb.Cli.Commands;

/// <summary>`watch DIR... [--data DIR] [--rescan SECONDS]`: keeps the knowledge base in sync with folders
/// until stopped (Ctrl+C), printing what each sync changed.</summary>
public static class WatchCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var folders = new Argument<string[]>("folders") { Description = "Folders of reports to keep in sync", Arity = ArgumentArity.OneOrMore };
        var rescan = RescanOption();
        var command = new Command("watch", "Keep the knowledge base in sync with folders of reports while running") { folders, rescan };
        command.SetAction(parse =>
        {
            var kb = new KbPaths(Path.GetFullPath(parse.GetValue(data)!));
            var watched = parse.GetValue(folders)!;
            if (Missing(watched, stderr)) return ExitCodes.Error;
            using var stop = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Stop(c, stop));
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Stop(c, stop));
            using var watcher = new FolderWatcher(kb, watched, stdout, TimeSpan.FromSeconds(parse.GetValue(rescan)));
            stdout.WriteLine($"Watching {string.Join(", ", watched.Select(Path.GetFullPath))} into {kb.Database} (Ctrl+C to stop)");
            watcher.SyncNow(stop.Token);
            watcher.Run(stop.Token);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The safety-net rescan's period, shared with `serve --watch`.</summary>
    internal static Option<int> RescanOption() => new("--rescan")
    {
        Description = "Seconds between rescans of the watched folders, in case a file event was lost",
        DefaultValueFactory = _ => (int)FolderWatcher.DefaultRescan.TotalSeconds,
    };

    /// <summary>Watching needs folders that exist now (a file is ingested with `ingest`).</summary>
    internal static bool Missing(IReadOnlyList<string> folders, TextWriter stderr)
    {
        var missing = folders.Where(f => !Directory.Exists(f)).ToList();
        foreach (var f in missing)
            stderr.WriteLine(File.Exists(f) ? $"danvankb: {f}: a file; watch takes folders (ingest a single file with 'danvankb ingest')" : $"danvankb: {f}: no such folder");
        return missing.Count > 0;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource stop)
    {
        context.Cancel = true; // let the sync in progress finish and the process exit cleanly
        stop.Cancel();
    }
}
