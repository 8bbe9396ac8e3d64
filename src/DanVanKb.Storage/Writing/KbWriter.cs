using System.Globalization;

using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Writing;

/// <summary>The one writer of the knowledge base. Each report's contribution is written in one
/// transaction; the graph is then rebuilt from every stored report in another, so a crash at any point
/// leaves either the old state or the new one, and the next run completes what was left.</summary>
public sealed class KbWriter : IDisposable
{
    private readonly SqliteConnection connection;

    public KbWriter(KbPaths paths)
    {
        Paths = paths;
        connection = KbConnection.OpenForWriting(paths);
    }

    public KbPaths Paths { get; }

    /// <summary>A stored report as the ingest compares it with the files: Path is the full path (its key),
    /// File the name stored with it (ReportFileName); HasOriginal is false for reports ingested before
    /// originals were kept.</summary>
    public sealed record StoredSource(string Id, string Path, string File, string Sha256, bool HasOriginal);

    public IReadOnlyList<StoredSource> Sources()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT s.id, s.path, s.file, s.sha256, EXISTS(SELECT 1 FROM originals o WHERE o.source_id = s.id) FROM sources s ORDER BY s.id";
        using var r = cmd.ExecuteReader();
        var list = new List<StoredSource>();
        while (r.Read()) list.Add(new StoredSource(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4) == 1));
        return list;
    }

    /// <summary>Writes one report and its original bytes, replacing whatever the same path (or the same
    /// content, moved from a path that is gone) contributed before.</summary>
    public void WriteSource(string id, SourceFile file, string sha256, byte[] original, string encoding, string text, StoredExtraction extraction)
    {
        using var tx = connection.BeginTransaction();
        var ingestedAt = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        Execute(tx, "INSERT OR IGNORE INTO graph_pending(source_id) SELECT id FROM sources WHERE path = $p OR id = $id UNION SELECT $id", file.FullPath, id);
        Execute(tx, StagedCitations.RemoveSql("SELECT id FROM sources WHERE path = $p OR id = $id UNION SELECT $id"), file.FullPath, id);
        Execute(tx, "DELETE FROM originals WHERE source_id IN (SELECT id FROM sources WHERE path = $p OR id = $id)", file.FullPath, id);
        Execute(tx, "DELETE FROM mentions WHERE source_id IN (SELECT id FROM sources WHERE path = $p OR id = $id)", file.FullPath, id);
        Execute(tx, "DELETE FROM sources WHERE path = $p OR id = $id", file.FullPath, id);
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = """
                INSERT INTO sources(id, path, file, sha256, bytes, encoding, text, extraction, ingested_at)
                VALUES ($id, $path, $file, $sha, $bytes, $enc, $text, $ex, $at)
                """;
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$path", file.FullPath);
            cmd.Parameters.AddWithValue("$file", file.Name);
            cmd.Parameters.AddWithValue("$sha", sha256);
            cmd.Parameters.AddWithValue("$bytes", original.LongLength);
            cmd.Parameters.AddWithValue("$enc", encoding);
            cmd.Parameters.AddWithValue("$text", text);
            cmd.Parameters.AddWithValue("$ex", extraction.GraphJson);
            cmd.Parameters.AddWithValue("$at", ingestedAt);
            cmd.ExecuteNonQuery();
        }
        StagedCitations.Write(connection, tx, id, ingestedAt, extraction.Citations);
        InsertMentions(tx, id, extraction.Result);
        InsertOriginal(tx, id, original);
        MarkGraphStale(tx);
        tx.Commit();
    }

    /// <summary>Stores the original of a report ingested before originals were kept (the caller checked
    /// that the bytes are the stored report's: same SHA-256). The graph does not change.</summary>
    public void StoreOriginal(string id, byte[] original)
    {
        using var tx = connection.BeginTransaction();
        InsertOriginal(tx, id, original);
        tx.Commit();
    }

    /// <summary>Names a stored report anew (a report stored before names were relative to the folder given,
    /// met again unchanged). The graph is marked stale so that its rebuild bumps graph_version: the site
    /// and the search index, which show the name, follow.</summary>
    public void Rename(string id, string name)
    {
        using var tx = connection.BeginTransaction();
        using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "UPDATE sources SET file = $f WHERE id = $id";
            cmd.Parameters.AddWithValue("$f", name);
            cmd.Parameters.AddWithValue("$id", id);
            cmd.ExecuteNonQuery();
        }
        MarkGraphStale(tx);
        tx.Commit();
    }

    /// <summary>Withdraws one report (its row, mentions and original) in one transaction and marks the
    /// graph stale: the documents and relations known only from it go at the next graph rebuild.</summary>
    public void RemoveSource(string id)
    {
        using var tx = connection.BeginTransaction();
        Execute(tx, "INSERT OR IGNORE INTO graph_pending(source_id) VALUES ($id)", "", id);
        Execute(tx, StagedCitations.RemoveSql("SELECT $id"), "", id);
        Execute(tx, "DELETE FROM originals WHERE source_id = $id", "", id);
        Execute(tx, "DELETE FROM mentions WHERE source_id = $id", "", id);
        Execute(tx, "DELETE FROM sources WHERE id = $id", "", id);
        MarkGraphStale(tx);
        tx.Commit();
    }

    public bool GraphStale()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'graph_stale'";
        return cmd.ExecuteScalar() as string == "1";
    }

    /// <summary>Rebuilds the derived graph from every stored report, in one transaction that also clears
    /// graph_stale and graph_pending and bumps graph_version (what the search index is checked against). The
    /// reports' cited documents, staged by partition as each report was written (StagedCitations), are built
    /// one partition at a time (GraphStaging, GraphAssembler), then written where they differ from the stored
    /// ones (GraphTables); the relations of the reports written since, or whose citations moved, are read and
    /// written report by report. The
    /// rebuild holds one partition's citations and a few values per document, never the archive's citations
    /// or relations: at 20,000 reports it peaked at 162 MB (a whole-archive build: 517 MB).</summary>
    public GraphSummary RebuildGraph()
    {
        using var tx = connection.BeginTransaction();
        using var staging = new GraphStaging(connection, tx);
        var assembler = new GraphAssembler(staging.Begin());
        foreach (var partition in staging.Partitions()) staging.Add(assembler.Add(partition));
        staging.Add(assembler.Finish());
        var order = staging.Settle();

        var tables = new GraphTables(connection, tx);
        var pending = tables.Pending();
        tables.WriteDocuments(staging, order);
        // a report whose citations now point at other documents is one the search index rewrites
        var remapped = tables.WriteSources();
        var relations = tables.WriteRelations(pending?.Union(remapped).ToHashSet(StringComparer.Ordinal));
        tables.ClearPending();
        staging.Drop();
        KbConnection.Execute(connection, "UPDATE meta SET value = '0' WHERE key = 'graph_stale'", tx);
        KbConnection.Execute(connection, "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'graph_version'", tx);
        tx.Commit();
        return new GraphSummary(staging.Documents, relations, staging.Conflicts) { Remapped = remapped };
    }

    private void InsertMentions(SqliteTransaction tx, string sourceId, ExtractionResult result)
    {
        var docOf = new Dictionary<int, string>();
        foreach (var d in result.Documents)
            foreach (var m in d.Mentions) docOf[m] = d.LocalId;
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO mentions(source_id, idx, kind, written, symbol, type, date, issuer, title, line, col, start, end, local_doc, in_footnote, in_table)
            VALUES ($s, $i, $k, $w, $sym, $t, $d, $iss, $title, $line, $col, $start, $end, $doc, $fn, $tb)
            """;
        // one statement, its parameters bound anew for each row: a citation-dense report has hundreds
        var p = new[] { "$s", "$i", "$k", "$w", "$sym", "$t", "$d", "$iss", "$title", "$line", "$col", "$start", "$end", "$doc", "$fn", "$tb" }
            .Select(n => cmd.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
        for (var i = 0; i < result.Mentions.Count; i++)
        {
            var m = result.Mentions[i];
            (p[0].Value, p[1].Value, p[2].Value, p[3].Value) = (sourceId, i, m.Kind.ToString().ToLowerInvariant(), m.Written);
            (p[4].Value, p[5].Value, p[6].Value, p[7].Value) = (Nullable(m.Symbol?.Canonical), m.TypeName, Nullable(m.Date?.ToIso()), Nullable(m.Issuer?.Name));
            (p[8].Value, p[9].Value, p[10].Value, p[11].Value, p[12].Value) = (Nullable(m.Title), m.Span.Line, m.Span.Column, m.Span.Start, m.Span.End);
            (p[13].Value, p[14].Value, p[15].Value) = (docOf.TryGetValue(i, out var local) ? local : DBNull.Value, m.InFootnote ? 1 : 0, m.InTable ? 1 : 0);
            cmd.ExecuteNonQuery();
        }
    }

    private static object Nullable(object? value) => value ?? DBNull.Value;

    private void InsertOriginal(SqliteTransaction tx, string sourceId, byte[] original)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "INSERT OR REPLACE INTO originals(source_id, bytes) VALUES ($s, $b)";
        cmd.Parameters.AddWithValue("$s", sourceId);
        cmd.Parameters.Add("$b", SqliteType.Blob).Value = original;
        cmd.ExecuteNonQuery();
    }

    private void Execute(SqliteTransaction tx, string sql, string path, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        if (sql.Contains("$p", StringComparison.Ordinal)) cmd.Parameters.AddWithValue("$p", path);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    private void MarkGraphStale(SqliteTransaction tx) => KbConnection.Execute(connection, "UPDATE meta SET value = '1' WHERE key = 'graph_stale'", tx);

    public void Dispose() => connection.Dispose();
}
