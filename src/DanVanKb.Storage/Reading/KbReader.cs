using DanVanKb.Core.Extraction;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Reading;

/// <summary>The queries the CLI and the pages need, over a read-only connection.</summary>
public sealed class KbReader : IDisposable
{
    private const string DocumentColumns = "id, slug, type, number, symbol, date, year, issuer, level, locality, title, conflict, mentions, cited_only, date_reason";
    private readonly SqliteConnection connection;

    public KbReader(KbPaths paths) => connection = KbConnection.OpenForReading(paths);

    public bool GraphStale()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'graph_stale'";
        return cmd.ExecuteScalar() as string == "1";
    }

    /// <summary>The version of the graph tables: bumped by every graph rebuild (0 before the first).</summary>
    public long GraphVersion()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'graph_version'";
        return cmd.ExecuteScalar() is string s ? long.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Runs reads in one read transaction, so they see one committed state (WAL snapshot).</summary>
    public T InOneSnapshot<T>(Func<KbReader, T> read)
    {
        KbConnection.Execute(connection, "BEGIN");
        try
        {
            return read(this);
        }
        finally
        {
            KbConnection.Execute(connection, "COMMIT");
        }
    }

    public ExportModel Export()
    {
        return new ExportModel(Sources(), AllDocuments(), Relations("1 = 1", []));
    }

    /// <summary>Every document with its variants, without the relations and reports Export adds.</summary>
    public IReadOnlyList<DocumentRow> AllDocuments() => Documents("1 = 1", []);

    /// <summary>Every document in the order AllDocuments gives, one at a time, with its variants' distinct
    /// symbols (ordinal order) instead of its variants: what the search index is built from. AllDocuments
    /// holds every variant's list of reports, a million report ids at 20,000 reports.</summary>
    public IEnumerable<(DocumentRow Document, IReadOnlyList<string> VariantSymbols)> DocumentsWithVariantSymbols()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {DocumentColumns} FROM documents d ORDER BY COALESCE(d.symbol, '~'), COALESCE(d.date, ''), d.id";
        using var symbols = connection.CreateCommand();
        symbols.CommandText = "SELECT DISTINCT symbol FROM document_variants WHERE document_id = $id";
        var id = symbols.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var d = Document(r);
            id.Value = d.Id;
            var list = new List<string>();
            using (var v = symbols.ExecuteReader())
                while (v.Read()) list.Add(v.GetString(0));
            list.Sort(StringComparer.Ordinal);
            yield return (d, list);
        }
    }

    public IReadOnlyList<SourceRow> Sources()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT s.id, s.file, s.sha256, ds.document_id, s.encoding, s.bytes FROM sources s
            LEFT JOIN document_sources ds ON ds.source_id = s.id AND ds.local_id = 'self'
            ORDER BY s.id
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<SourceRow>();
        while (r.Read())
            list.Add(new SourceRow(r.GetString(0), ReportFileName.Shown(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetInt64(5)));
        return list;
    }

    public DocumentRow? Document(string id) => Documents("d.id = $id OR d.slug = $id", [("$id", id)]).FirstOrDefault();

    /// <summary>Every document a symbol may name: exact canonical symbol, a written variant, or the same
    /// symbol once parsed (25/NQ-TW, 25-NQ/TW, "nq 25" are not guessed here: search does that).</summary>
    public IReadOnlyList<DocumentRow> FindBySymbol(string written)
    {
        var parsed = SymbolParser.Parse(written.Trim());
        var canonical = parsed?.Canonical ?? written.Trim();
        return Documents(
            "d.symbol = $s COLLATE NOCASE OR d.id IN (SELECT document_id FROM document_variants WHERE symbol = $s COLLATE NOCASE)",
            [("$s", canonical)]);
    }

    public IReadOnlyList<DocumentRow> FindByNumber(string number) => Documents("d.number = $n", [("$n", number)]);

    public IReadOnlyList<RelationRow> RelationsFrom(string id) => Relations("from_id = $id", [("$id", id)]);

    public IReadOnlyList<RelationRow> RelationsTo(string id) => Relations("to_id = $id", [("$id", id)]);

    public KbStats Stats()
    {
        int Scalar(string sql)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        IReadOnlyList<(string, int)> Group(string sql)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            var list = new List<(string, int)>();
            while (r.Read()) list.Add((r.IsDBNull(0) ? "(unknown)" : r.GetString(0), r.GetInt32(1)));
            return list;
        }
        return new KbStats(
            Scalar("SELECT COUNT(*) FROM sources"),
            Scalar("SELECT COUNT(*) FROM documents"),
            Scalar("SELECT COUNT(*) FROM documents WHERE cited_only = 1"),
            Scalar("SELECT COUNT(*) FROM relations"),
            Scalar("SELECT COUNT(*) FROM documents WHERE conflict = 1"),
            Scalar("SELECT COUNT(*) FROM mentions"),
            Group("SELECT type, COUNT(*) FROM documents GROUP BY type ORDER BY COUNT(*) DESC, type"),
            Group("SELECT level, COUNT(*) FROM documents GROUP BY level ORDER BY COUNT(*) DESC, level"),
            Group("SELECT type, COUNT(*) FROM relations GROUP BY type ORDER BY COUNT(*) DESC, type"));
    }

    private List<DocumentRow> Documents(string where, (string, object)[] parameters)
    {
        var docs = new List<DocumentRow>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = $"SELECT {DocumentColumns} FROM documents d WHERE {where} ORDER BY COALESCE(d.symbol, '~'), COALESCE(d.date, ''), d.id";
            foreach (var (k, v) in parameters) cmd.Parameters.AddWithValue(k, v);
            using var r = cmd.ExecuteReader();
            while (r.Read()) docs.Add(Document(r));
        }
        var variants = new Dictionary<string, List<VariantRow>>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = docs.Count > 200
                ? "SELECT document_id, symbol, date, count, sources FROM document_variants"
                : $"SELECT document_id, symbol, date, count, sources FROM document_variants WHERE document_id IN ({string.Join(',', docs.Select((_, i) => $"$d{i}"))})";
            if (docs.Count <= 200)
                for (var i = 0; i < docs.Count; i++) cmd.Parameters.AddWithValue($"$d{i}", docs[i].Id);
            if (docs.Count > 0)
            {
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    if (!variants.TryGetValue(r.GetString(0), out var list)) variants[r.GetString(0)] = list = [];
                    list.Add(new VariantRow(r.GetString(1), Str(r, 2), r.GetInt32(3), r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries)));
                }
            }
        }
        return [.. docs.Select(d => d with
        {
            Variants = variants.TryGetValue(d.Id, out var v)
                ? [.. v.OrderBy(x => x.Symbol, StringComparer.Ordinal).ThenBy(x => x.Date ?? "", StringComparer.Ordinal)]
                : [],
        })];
    }

    /// <summary>A row of DocumentColumns, without its variants.</summary>
    private static DocumentRow Document(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5),
            r.IsDBNull(6) ? null : r.GetInt32(6), Str(r, 7), Str(r, 8), Str(r, 9), Str(r, 10),
            r.GetInt32(11) == 1, r.GetInt32(12), r.GetInt32(13) == 1, r.GetString(14));

    private List<RelationRow> Relations(string where, (string, object)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT from_id, to_id, type, source_id, evidence, line, col FROM relations WHERE {where} ORDER BY from_id, to_id, type, source_id";
        foreach (var (k, v) in parameters) cmd.Parameters.AddWithValue(k, v);
        using var r = cmd.ExecuteReader();
        var list = new List<RelationRow>();
        while (r.Read())
            list.Add(new RelationRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6)));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>Document, relation and conflict counts, for a summary after a run that changed nothing.</summary>
    public static (int Documents, int Relations, int Conflicts) Counts(KbPaths paths)
    {
        using var reader = new KbReader(paths);
        var s = reader.Stats();
        return (s.Documents, s.Relations, s.Conflicts);
    }

    public void Dispose() => connection.Dispose();
}
