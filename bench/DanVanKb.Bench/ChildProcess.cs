using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace DanVanKb.Bench;

/// <summary>This program started again in a child mode (`--cli …` runs the real `danvankb` command line),
/// with its peak resident memory read from /proc/PID/status (VmHWM) while it runs: the high-water mark only
/// grows, so polling it every 20 ms misses at most the last 20 ms of growth.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, double Seconds, double PeakRssMb, string Stdout, string StderrTail);

    public static Outcome Run(IReadOnlyList<string> args)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var tail = new Queue<string>();
        var stderr = Task.Run(async () =>
        {
            while (await p.StandardError.ReadLineAsync() is { } line)
            {
                tail.Enqueue(line);
                if (tail.Count > 5) tail.Dequeue();
            }
        });
        double peak = 0;
        while (!p.WaitForExit(20)) peak = Math.Max(peak, HighWaterMb(p.Id));
        var seconds = clock.Elapsed.TotalSeconds;
        stderr.Wait();
        return new Outcome(p.ExitCode, seconds, Math.Round(peak, 1), stdout.Result, string.Join('\n', tail));
    }

    /// <summary>VmHWM of a live process in MB, or 0 once it is gone.</summary>
    public static double HighWaterMb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
