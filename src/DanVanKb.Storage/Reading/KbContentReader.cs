using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Reading;

/// <summary>The report texts and the citations in them, over a read-only connection: what the search
/// index and the source and document pages read. Every method is one query.</summary>
public sealed class KbContentReader : IDisposable
{
    private const string MentionColumns = """
        m.source_id, m.idx, m.kind, m.written, m.symbol, m.type, m.date, m.line, m.col, m.start, m.end, ds.document_id, m.in_footnote, m.in_table
        FROM mentions m LEFT JOIN document_sources ds ON ds.source_id = m.source_id AND ds.local_id = m.local_doc
        """;

    private readonly SqliteConnection connection;

    public KbContentReader(KbPaths paths) => connection = KbConnection.OpenForReading(paths);

    public IEnumerable<SourceTextRow> SourceTexts()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, file, text FROM sources ORDER BY id";
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return new SourceTextRow(r.GetString(0), ReportFileName.Shown(r.GetString(1)), r.GetString(2));
    }

    /// <summary>Every report's id, in id order.</summary>
    public IReadOnlyList<string> SourceIds()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id FROM sources ORDER BY id";
        using var r = cmd.ExecuteReader();
        var ids = new List<string>();
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    public SourceTextRow? Source(string id) => SourceTexts([id]).FirstOrDefault();

    /// <summary>The texts of the given reports, in one query.</summary>
    public IReadOnlyList<SourceTextRow> SourceTexts(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT id, file, text FROM sources WHERE id IN ({Parameters(cmd, ids)}) ORDER BY id";
        using var r = cmd.ExecuteReader();
        var list = new List<SourceTextRow>();
        while (r.Read()) list.Add(new SourceTextRow(r.GetString(0), ReportFileName.Shown(r.GetString(1)), r.GetString(2)));
        return list;
    }

    /// <summary>A report's file as it was read, or null when it was not kept (a report ingested before
    /// originals were, in a database that may not even have the table yet).</summary>
    public byte[]? Original(string sourceId)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'originals')";
        if (Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return null;
        cmd.CommandText = "SELECT bytes FROM originals WHERE source_id = $id";
        cmd.Parameters.AddWithValue("$id", sourceId);
        return cmd.ExecuteScalar() as byte[];
    }

    /// <summary>The citations of one report, in text order.</summary>
    public IReadOnlyList<MentionRow> MentionsIn(string sourceId) => Mentions("m.source_id = $v0", [sourceId]);

    /// <summary>The citations of one document in the given reports only (a page shows the first few).</summary>
    public IReadOnlyList<MentionRow> MentionsOf(string documentId, IReadOnlyCollection<string> sourceIds) =>
        sourceIds.Count == 0 ? [] : Mentions($"ds.document_id = $v0 AND m.source_id IN ({string.Join(',', sourceIds.Select((_, i) => $"$v{i + 1}"))})", [documentId, .. sourceIds]);

    /// <summary>The first <paramref name="limit"/> reports that cite a document, in id order, and how many there are.</summary>
    public (IReadOnlyList<string> First, int Total) SourcesCiting(string documentId, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT DISTINCT source_id FROM document_sources WHERE document_id = $d ORDER BY source_id LIMIT $n;
            SELECT COUNT(DISTINCT source_id) FROM document_sources WHERE document_id = $d;
            """;
        cmd.Parameters.AddWithValue("$d", documentId);
        cmd.Parameters.AddWithValue("$n", limit);
        using var r = cmd.ExecuteReader();
        var first = new List<string>();
        while (r.Read()) first.Add(r.GetString(0));
        r.NextResult();
        r.Read();
        return (first, r.GetInt32(0));
    }

    private List<MentionRow> Mentions(string where, IReadOnlyCollection<string> values)
    {
        using var cmd = connection.CreateCommand();
        Parameters(cmd, values);
        cmd.CommandText = $"SELECT {MentionColumns} WHERE {where} ORDER BY m.source_id, m.start, m.idx";
        using var r = cmd.ExecuteReader();
        var list = new List<MentionRow>();
        while (r.Read())
            list.Add(new MentionRow(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), Str(r, 4), r.GetString(5), Str(r, 6),
                r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt32(10), Str(r, 11), r.GetInt32(12) == 1, r.GetInt32(13) == 1));
        return list;
    }

    private static string Parameters(SqliteCommand cmd, IReadOnlyCollection<string> values)
    {
        var names = new List<string>();
        foreach (var v in values)
        {
            var name = $"$v{names.Count}";
            cmd.Parameters.AddWithValue(name, v);
            names.Add(name);
        }
        return string.Join(',', names);
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public void Dispose() => connection.Dispose();
}
