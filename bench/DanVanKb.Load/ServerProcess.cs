using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DanVanKb.Load;

/// <summary>The real site (WebApp.Build, as `danvankb serve` runs it) in a child process on 127.0.0.1,
/// so its memory is measured apart from the clients'.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public int Pid => process.Id;

    public static async Task<ServerProcess> Start(string data)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "--serve", data, url }) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var p = Process.Start(info)!;
        // the site logs an unhandled exception (a 500) to its console as "fail:" and the indented lines under it
        var relaying = false;
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            relaying = line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || (relaying && line.StartsWith(' '));
            if (relaying) Console.Error.WriteLine("server: " + line);
        };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            if (p.HasExited) throw new InvalidOperationException($"the site exited with {p.ExitCode}");
            try
            {
                if ((await http.GetAsync(url + "/")).IsSuccessStatusCode) return new ServerProcess(p, url);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        p.Kill(entireProcessTree: true);
        throw new TimeoutException("the site did not answer within 30 s");
    }

    /// <summary>Resident memory in MB, from /proc (Linux), else the process's working set.</summary>
    public static double RssMb(int pid)
    {
        var status = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        using var p = Process.GetProcessById(pid);
        return p.WorkingSet64 / 1024.0 / 1024.0;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
    }
}
