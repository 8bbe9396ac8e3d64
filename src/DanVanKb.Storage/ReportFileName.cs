namespace DanVanKb.Storage;

/// <summary>A report's file as the knowledge base names it: its path relative to the folder that was
/// ingested ("huyen/05_ubnd.txt"), or its name when the file was given by itself; '/' between folders,
/// never an absolute path of the server.</summary>
public static class ReportFileName
{
    /// <summary>The name of a file found in a folder given to ingest.</summary>
    public static string InFolder(string folder, string file) => Portable(Path.GetRelativePath(folder, file));

    /// <summary>The name of a file given by itself.</summary>
    public static string Alone(string file) => Path.GetFileName(Path.TrimEndingDirectorySeparator(file));

    /// <summary>A stored name made safe to show. Knowledge bases made before reports were named this way
    /// hold the path as it was typed, absolute when an absolute folder was given: such a path (or one that
    /// climbs out with "..") is shown as its file name; the next ingest of the folder stores the relative
    /// name.</summary>
    public static string Shown(string stored)
    {
        var portable = Portable(stored);
        var segments = portable.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return "";
        var rooted = portable.StartsWith('/') || Path.IsPathRooted(stored) || (portable.Length > 1 && portable[1] == ':') || portable.StartsWith('~');
        if (rooted || segments.Contains("..")) return segments[^1];
        return string.Join('/', segments.Where(s => s != "."));
    }

    private static string Portable(string path) => path.Replace('\\', '/');
}
