using System.Diagnostics;

namespace DanVanKb.Reliability.Tests;

/// <summary>The real CLI as a child process: `dotnet danvankb.dll ARGS` (the build copies the CLI beside
/// the tests), with its output captured.</summary>
public sealed class ChildCli : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "danvankb.dll");
    private readonly System.Text.StringBuilder stdout = new();
    private readonly System.Text.StringBuilder stderr = new();

    private ChildCli(Process process) => Process = process;

    public Process Process { get; }

    public string Out { get { lock (stdout) return stdout.ToString(); } }

    public string Err { get { lock (stderr) return stderr.ToString(); } }

    public static ChildCli Start(IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        var child = new ChildCli(new Process { StartInfo = info });
        child.Process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (child.stdout) child.stdout.AppendLine(e.Data); };
        child.Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (child.stderr) child.stderr.AppendLine(e.Data); };
        child.Process.Start();
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to completion (bounded) and returns the exit code.</summary>
    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string>? env, params string[] args)
    {
        using var child = Start(env, args);
        var exit = child.WaitForExit(TimeSpan.FromSeconds(120));
        return (exit, child.Out, child.Err);
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(null, args);

    public int WaitForExit(TimeSpan timeout)
    {
        if (!Process.WaitForExit(timeout))
        {
            Process.Kill(entireProcessTree: true);
            throw new TimeoutException($"danvankb did not finish in {timeout}: {Err}");
        }
        Process.WaitForExit(); // drains the output
        return Process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no finally block, no flush, no lock file deleted.</summary>
    public void Kill()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public void Dispose() => Process.Dispose();
}
