namespace DanVanKb.Storage.Writing;

/// <summary>Files that office suites, editors and downloads leave beside a file while it is open or being
/// written (`~$x.docx`, `.~lock.x.docx#`, `x.tmp`, `x.txt.swp`, `x.part`, `x~`): never reports, so a
/// folder's ingest skips them and the watcher ignores their events.</summary>
public static class TemporaryFiles
{
    private static readonly string[] Prefixes = ["~$", ".~lock.", ".#"];

    private static readonly string[] Suffixes = ["~", ".tmp", ".temp", ".swp", ".swx", ".part", ".partial", ".crdownload"];

    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
            || Suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
