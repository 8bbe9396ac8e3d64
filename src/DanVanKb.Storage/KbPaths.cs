namespace DanVanKb.Storage;

/// <summary>The files of a data folder: kb.db (SQLite, the source of truth), lucene/ (derived), the
/// ingest lock.</summary>
public sealed record KbPaths(string DataDirectory)
{
    public string Database => Path.Combine(DataDirectory, "kb.db");

    public string LuceneDirectory => Path.Combine(DataDirectory, "lucene");

    public string LockFile => Path.Combine(DataDirectory, "ingest.lock");

    public bool Exists => File.Exists(Database);
}
