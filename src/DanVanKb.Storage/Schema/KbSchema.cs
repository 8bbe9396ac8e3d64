using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Schema;

/// <summary>The knowledge base's tables. Per-report tables (sources, mentions) are the source of truth;
/// the graph tables are derived from them: rebuilt from every report, written where they differ. meta:
/// schema_version; graph_stale ('1' when reports were written since the last graph rebuild); graph_version
/// (bumped by every graph rebuild, in its transaction; the search index records the one it was built
/// from); graph_pending (the rules the stored relations were mapped with, GraphTables). graph_pending: the
/// reports written or withdrawn since the last rebuild, whose relations it rewrites. originals: each
/// report's file as it was read, written in the report's transaction.
///
/// graph_pending, too, came without a version bump: a knowledge base without the meta row has every
/// report's relations rewritten at its next rebuild, which then starts recording. An older program writing
/// reports does not record them, but rebuilds the whole graph in the same run.
///
/// originals came after version 1 without a version bump, on purpose: the table is additive and every
/// program handles its absence. A writer creates it on open (CREATE TABLE IF NOT EXISTS), so an existing
/// version-1 database gains it at its next ingest; readers treat a missing table or row as "original not
/// stored" (reports ingested before originals were kept; the next ingest of their folder stores them);
/// an older program reading a newer database ignores the table, and one replacing a report drops its
/// original through ON DELETE CASCADE rather than leaving a wrong one. A bump would have made every
/// existing knowledge base unreadable to older builds for a change neither side needs to refuse.
///
/// staged_citations (each report's cited documents filed by graph partition, written with the report) and
/// staged_sources (which row of sources each report was staged from) came the same way: derived from
/// sources.extraction, checked by every graph rebuild against sources and staged again where missing or
/// stale (StagedCitations), so a knowledge base without them, or written by an older program, is caught up.
///
/// sources.path is the file's full path, the key an ingest compares files by; it is never shown.
/// sources.file is the name shown: the path relative to the folder given to ingest (the file's name when
/// it was given alone). Before that it held the path as typed, absolute when an absolute folder was given;
/// again no version bump: readers show such a stored path as its file name (ReportFileName.Shown), and the
/// next ingest of the folder stores the relative name (an unchanged file is renamed in place).</summary>
public static class KbSchema
{
    public const int Version = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sources(
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            text TEXT NOT NULL,
            extraction TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mentions(
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            written TEXT NOT NULL,
            symbol TEXT,
            type TEXT NOT NULL,
            date TEXT,
            issuer TEXT,
            title TEXT,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            local_doc TEXT,
            in_footnote INTEGER NOT NULL,
            in_table INTEGER NOT NULL,
            PRIMARY KEY(source_id, idx));
        CREATE TABLE IF NOT EXISTS documents(
            id TEXT PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            number TEXT,
            symbol TEXT,
            date TEXT,
            year INTEGER,
            issuer TEXT,
            level TEXT,
            locality TEXT,
            title TEXT,
            conflict INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            cited_only INTEGER NOT NULL,
            date_reason TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS document_variants(
            document_id TEXT NOT NULL,
            symbol TEXT NOT NULL,
            date TEXT,
            count INTEGER NOT NULL,
            sources TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS document_sources(
            document_id TEXT NOT NULL,
            source_id TEXT NOT NULL,
            local_id TEXT NOT NULL,
            PRIMARY KEY(source_id, local_id));
        CREATE TABLE IF NOT EXISTS relations(
            from_id TEXT NOT NULL,
            to_id TEXT NOT NULL,
            type TEXT NOT NULL,
            source_id TEXT NOT NULL,
            evidence TEXT NOT NULL,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS graph_pending(source_id TEXT PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS staged_citations(
            source_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            part TEXT NOT NULL,
            doc BLOB NOT NULL,
            PRIMARY KEY(source_id, idx));
        CREATE TABLE IF NOT EXISTS staged_sources(source_id TEXT PRIMARY KEY, ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS originals(
            source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            bytes BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_documents_symbol ON documents(symbol);
        CREATE INDEX IF NOT EXISTS ix_documents_number ON documents(number);
        CREATE INDEX IF NOT EXISTS ix_variants_document ON document_variants(document_id);
        CREATE INDEX IF NOT EXISTS ix_variants_symbol ON document_variants(symbol);
        CREATE INDEX IF NOT EXISTS ix_docsources_document ON document_sources(document_id);
        CREATE INDEX IF NOT EXISTS ix_relations_from ON relations(from_id);
        CREATE INDEX IF NOT EXISTS ix_relations_to ON relations(to_id);
        CREATE INDEX IF NOT EXISTS ix_relations_source ON relations(source_id);
        CREATE INDEX IF NOT EXISTS ix_sources_ingested ON sources(id, ingested_at);
        """;

    /// <summary>Creates the schema on a new database, or checks the version of an existing one.</summary>
    public static void Ensure(SqliteConnection connection, string path)
    {
        var existing = ReadVersion(connection);
        if (existing is int v && v != Version)
            throw new KbException($"{path}: the knowledge base has schema version {v}, this program reads version {Version}; rebuild it with 'danvankb ingest' into a new --data folder");
        using var tx = connection.BeginTransaction();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = Ddl;
            cmd.ExecuteNonQuery();
        }
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            // a knowledge base without the staged_citations row has its reports staged again at the next rebuild
            // (its rows could be any program's): a new one's are this program's from the start
            cmd.CommandText = existing is null
                ? "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', $v), ('graph_stale', '0'), ('graph_version', '0'), ('staged_citations', $r)"
                : "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', $v), ('graph_stale', '0'), ('graph_version', '0')";
            cmd.Parameters.AddWithValue("$v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$r", Writing.StagedCitations.Rules);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public static int? ReadVersion(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        try
        {
            return cmd.ExecuteScalar() is string s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (SqliteException)
        {
            return null; // no meta table yet
        }
    }
}
