namespace DanVanKb.Bench.Tests;

/// <summary>A folder under the system temp directory, removed when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "danvankb-bench-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open on some platforms: the OS temp cleaner will get it
        }
    }
}
