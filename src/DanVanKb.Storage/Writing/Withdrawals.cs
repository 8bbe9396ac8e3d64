namespace DanVanKb.Storage.Writing;

/// <summary>Which stored reports a run withdraws: those whose file lay under a folder given in this run and
/// no longer exists. Never a report ingested from elsewhere, nor one given by name as a single file; a
/// folder that does not exist (a typo, a disk not mounted) withdraws nothing.</summary>
internal static class Withdrawals
{
    private static StringComparison PathComparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static IReadOnlyList<KbWriter.StoredSource> Find(IReadOnlyList<string> inputs, IEnumerable<KbWriter.StoredSource> stored)
    {
        var folders = inputs.Where(Directory.Exists).Select(AsFolderPrefix).ToList();
        if (folders.Count == 0) return [];
        return [.. stored.Where(s => folders.Any(f => s.Path.StartsWith(f, PathComparison)) && !File.Exists(s.Path))
            .OrderBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static string AsFolderPrefix(string folder)
    {
        var full = Path.GetFullPath(folder);
        return Path.EndsInDirectorySeparator(full) ? full : full + Path.DirectorySeparatorChar;
    }
}
