using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage;

/// <summary>Opens the knowledge base: one writer (read-write, WAL so readers are never blocked) or
/// readers (read-only).</summary>
public static class KbConnection
{
    public static SqliteConnection OpenForWriting(KbPaths paths)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = paths.Database,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        c.Open();
        Execute(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        Schema.KbSchema.Ensure(c, paths.Database);
        if (FaultInjection.DiskFull) Execute(c, "PRAGMA max_page_count = " + PageCount(c) + ";");
        return c;
    }

    public static SqliteConnection OpenForReading(KbPaths paths)
    {
        if (!paths.Exists)
            throw new KbException($"{paths.Database}: no knowledge base here; run 'danvankb ingest PATH --data {paths.DataDirectory}' first");
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = paths.Database,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        c.Open();
        Execute(c, "PRAGMA busy_timeout=10000;");
        if (Schema.KbSchema.ReadVersion(c) is int v && v != Schema.KbSchema.Version)
            throw new KbException($"{paths.Database}: schema version {v}, this program reads version {Schema.KbSchema.Version}");
        return c;
    }

    private static long PageCount(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA page_count";
        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>SQLITE_FULL (or the OS's "no space left on device"): the write was rolled back.</summary>
    public static bool IsDiskFull(Exception e) =>
        e is SqliteException { SqliteErrorCode: 13 } || (e is IOException io && (io.HResult & 0xFFFF) == 28);

    /// <summary>A statement to run many times in a transaction, its parameters named in order (Run binds them).</summary>
    internal static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        return cmd;
    }

    /// <summary>Runs a prepared statement with its parameters' values, in order.</summary>
    internal static void Run(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        cmd.ExecuteNonQuery();
    }

    internal static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
