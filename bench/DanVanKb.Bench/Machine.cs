using System.Globalization;
using System.Runtime.InteropServices;

namespace DanVanKb.Bench;

/// <summary>The machine a run measured on, printed with the figures: they mean little without it.</summary>
public sealed record Machine(string Date, int Cores, string Cpu, double RamGb, string Os, string Dotnet, double LoadAverage)
{
    public static Machine Current() => new(
        DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Environment.ProcessorCount,
        ProcLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Math.Round(MemTotalKb() / 1024.0 / 1024.0, 1),
        OsName(),
        $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})",
        LoadAvg());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date}; {Cores} cores ({Cpu}); {RamGb} GB RAM; {Os}; {Dotnet}; load average {LoadAverage:F2} at start");

    private static string? ProcLine(string file, string key)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static long MemTotalKb()
    {
        var v = ProcLine("/proc/meminfo", "MemTotal");
        return v is null ? 0 : long.Parse(v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        return $"{pretty ?? RuntimeInformation.OSDescription}, kernel {Environment.OSVersion.Version}";
    }

    private static double LoadAvg() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : 0;
}
