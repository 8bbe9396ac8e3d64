using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Writing;

/// <summary>Writes a rebuilt graph (GraphStaging) over the one stored, changing only what differs: a document
/// whose row or variants changed, a citation that now points at another document, the relations of the
/// reports that changed (graph_pending) or whose citations moved. Adding ten reports to 20,000 rewrote a
/// million citation rows and every relation; the tables end exactly as a full rewrite leaves them.</summary>
internal sealed class GraphTables(SqliteConnection connection, SqliteTransaction tx)
{
    /// <summary>Writes the built documents (in the graph's order, which gives the slugs) and their variants
    /// where they differ from the stored ones, and removes the gone.</summary>
    public void WriteDocuments(GraphStaging staging, IReadOnlyList<(int No, string Id)> order)
    {
        var stored = StoredDocuments();
        using var read = staging.ReadDocument();
        using var delete = Command("DELETE FROM documents WHERE id = $id; DELETE FROM document_variants WHERE document_id = $id", "$id");
        var rows = new List<(int No, string Id, string Slug)>();
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // the suffix a basis tried last: every one below it is taken, and stays taken (a basis shared by hundreds
        // of documents, the plans numbered 08/KH-UBND in 2022 by as many communes, was tried from 2 up for each)
        var lastSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (no, id) in order)
        {
            var d = staging.Document(read, no, id);
            var basis = Slugs.For(d);
            var slug = basis;
            if (!slugs.Add(slug))
            {
                var n = lastSuffix.GetValueOrDefault(basis, 1);
                do slug = $"{basis}-{++n}";
                while (!slugs.Add(slug));
                lastSuffix[basis] = n;
            }
            var existed = stored.Remove(d.Id, out var was);
            if (existed && was == Signature(Row(d, slug), d.Variants.Select(Row))) continue;
            if (existed) Run(delete, d.Id);
            rows.Add((no, id, slug));
        }
        // the documents that are gone first, then the new rows: a slug moves from one document to another
        foreach (var id in stored.Keys) Run(delete, id);
        using var doc = Command("""
            INSERT INTO documents(id, slug, type, number, symbol, date, year, issuer, level, locality, title, conflict, mentions, cited_only, date_reason)
            VALUES ($id, $slug, $type, $number, $symbol, $date, $year, $issuer, $level, $locality, $title, $conflict, $mentions, $cited, $reason)
            """, "$id", "$slug", "$type", "$number", "$symbol", "$date", "$year", "$issuer", "$level", "$locality", "$title", "$conflict", "$mentions", "$cited", "$reason");
        using var variant = Command("INSERT INTO document_variants(document_id, symbol, date, count, sources) VALUES ($d, $s, $date, $c, $src)", "$d", "$s", "$date", "$c", "$src");
        foreach (var (no, id, slug) in rows)
        {
            var d = staging.Document(read, no, id);
            Run(doc, Row(d, slug));
            foreach (var v in d.Variants) Run(variant, [d.Id, .. Row(v)]);
        }
    }

    /// <summary>Writes which document each report's local document is (graph_sources, GraphStaging.Settle)
    /// where it differs; returns the reports whose citations were added, moved or removed (the search index
    /// rewrites them). The stored rows and the built ones are walked side by side in their keys' order, the
    /// differences filed in temporary tables (a first build's are every row) and then applied.</summary>
    public HashSet<string> WriteSources()
    {
        KbConnection.Execute(connection, """
            DROP TABLE IF EXISTS temp.sources_gone; DROP TABLE IF EXISTS temp.sources_new;
            CREATE TEMP TABLE sources_gone(source_id TEXT NOT NULL, local_id TEXT NOT NULL);
            CREATE TEMP TABLE sources_new(document_id TEXT NOT NULL, source_id TEXT NOT NULL, local_id TEXT NOT NULL);
            """, tx);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        using (var gone = Command("INSERT INTO sources_gone(source_id, local_id) VALUES ($s, $l)", "$s", "$l"))
        using (var added = Command("INSERT INTO sources_new(document_id, source_id, local_id) VALUES ($d, $s, $l)", "$d", "$s", "$l"))
        using (var storedRows = Command("SELECT source_id, local_id, document_id FROM document_sources ORDER BY source_id, local_id"))
        using (var builtRows = Command("SELECT source_id, local_id, document_id FROM graph_sources ORDER BY source_id, local_id"))
        using (var stored = storedRows.ExecuteReader())
        using (var built = builtRows.ExecuteReader())
        {
            static (string Source, string Local, string Document)? Next(SqliteDataReader r) =>
                r.Read() ? (r.GetString(0), r.GetString(1), r.GetString(2)) : null;
            var (s, b) = (Next(stored), Next(built));
            while (s is { } || b is { })
            {
                var c = s is not { } x ? 1 : b is not { } y ? -1 : SqliteTextOrder.Compare(x.Source, x.Local, y.Source, y.Local);
                var moved = c == 0 && s!.Value.Document != b!.Value.Document;
                if (c < 0 || moved)
                {
                    Run(gone, s!.Value.Source, s.Value.Local);
                    changed.Add(s.Value.Source);
                }
                if (c > 0 || moved)
                {
                    Run(added, b!.Value.Document, b.Value.Source, b.Value.Local);
                    changed.Add(b.Value.Source);
                }
                if (c <= 0) s = Next(stored);
                if (c >= 0) b = Next(built);
            }
        }
        KbConnection.Execute(connection, """
            DELETE FROM document_sources WHERE (source_id, local_id) IN (SELECT source_id, local_id FROM sources_gone);
            INSERT INTO document_sources(document_id, source_id, local_id) SELECT document_id, source_id, local_id FROM sources_new;
            DROP TABLE temp.sources_gone; DROP TABLE temp.sources_new;
            """, tx);
        return changed;
    }

    /// <summary>Writes the relations of the given reports anew (every report's when null), each mapped
    /// between the graph's documents (document_sources, as WriteSources left it); returns how many relations
    /// the table holds.</summary>
    public int WriteRelations(IReadOnlySet<string>? reports)
    {
        using var insert = Command("""
            INSERT INTO relations(from_id, to_id, type, source_id, evidence, line, col, start, end)
            VALUES ($f, $t, $type, $s, $e, $line, $col, $start, $end)
            """, "$f", "$t", "$type", "$s", "$e", "$line", "$col", "$start", "$end");
        using var mapping = Command("SELECT local_id, document_id FROM document_sources WHERE source_id = $s", "$s");
        void Write(string source, byte[] extraction)
        {
            mapping.Parameters[0].Value = source;
            var documentOf = new Dictionary<(string Source, string Local), string>();
            using (var m = mapping.ExecuteReader())
                while (m.Read()) documentOf[(source, m.GetString(0))] = m.GetString(1);
            foreach (var r in GraphBuilder.RelationsOf(source, ExtractionJson.DeserializeRelations(extraction), documentOf))
                Run(insert, r.From, r.To, r.Type.ToExport(), r.Source, r.Evidence, r.Span.Line, r.Span.Column, r.Span.Start, r.Span.End);
        }
        if (reports is null)
        {
            KbConnection.Execute(connection, "DELETE FROM relations", tx);
            using var all = Command("SELECT id, extraction FROM sources ORDER BY id");
            using var rows = all.ExecuteReader();
            while (rows.Read()) Write(rows.GetString(0), rows.GetFieldValue<byte[]>(1));
        }
        else
        {
            using var delete = Command("DELETE FROM relations WHERE source_id = $s", "$s");
            using var one = Command("SELECT extraction FROM sources WHERE id = $s", "$s");
            foreach (var source in reports.Order(StringComparer.Ordinal))
            {
                Run(delete, source);
                one.Parameters[0].Value = source;
                using var row = one.ExecuteReader();
                if (row.Read()) Write(source, row.GetFieldValue<byte[]>(0));
            }
        }
        using var count = Command("SELECT COUNT(*) FROM relations");
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>meta graph_pending: the rules the stored relations were mapped with since reports began to be
    /// recorded in graph_pending. Bump it when RelationsOf changes, and every report's relations are
    /// rewritten once.</summary>
    private const string Tracked = "1";

    /// <summary>The reports written or withdrawn since the last rebuild, or null when that is not known (a
    /// knowledge base written before they were recorded, or mapped by other rules): then every report's
    /// relations are rewritten.</summary>
    public HashSet<string>? Pending()
    {
        using var tracked = Command("SELECT value FROM meta WHERE key = 'graph_pending'");
        if (tracked.ExecuteScalar() as string != Tracked) return null;
        using var read = Command("SELECT source_id FROM graph_pending");
        using var r = read.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read()) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>The rebuild has seen every pending report: from now on they are recorded.</summary>
    public void ClearPending()
    {
        KbConnection.Execute(connection, "DELETE FROM graph_pending", tx);
        KbConnection.Execute(connection, $"INSERT OR REPLACE INTO meta(key, value) VALUES ('graph_pending', '{Tracked}')", tx);
    }

    /// <summary>Each stored document's row and variants, as a digest to compare the rebuilt one with.</summary>
    private Dictionary<string, UInt128> StoredDocuments()
    {
        // documents and variants walked side by side in id order: one document's variants held at a time
        var stored = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        using var readDocuments = Command("SELECT id, slug, type, number, symbol, date, year, issuer, level, locality, title, conflict, mentions, cited_only, date_reason FROM documents ORDER BY id");
        using var readVariants = Command("SELECT document_id, symbol, date, count, sources FROM document_variants ORDER BY document_id");
        using var documents = readDocuments.ExecuteReader();
        using var variants = readVariants.ExecuteReader();
        var hasVariant = variants.Read();
        while (documents.Read())
        {
            var row = new object[documents.FieldCount];
            documents.GetValues(row);
            var id = (string)row[0];
            var own = new List<object[]>();
            for (; hasVariant && SqliteTextOrder.Compare(variants.GetString(0), id) <= 0; hasVariant = variants.Read())
                if (variants.GetString(0) == id) own.Add([variants.GetString(1), variants.GetValue(2), variants.GetInt64(3), variants.GetString(4)]);
            stored[id] = Signature(row, own);
        }
        return stored;
    }

    private static object[] Row(GraphDocument d, string slug) =>
        [d.Id, slug, d.Type, Db(d.Number), Db(d.Symbol?.Canonical), Db(d.Date?.ToIso()), Db(d.Date?.Year), Db(d.Issuer?.Name),
            Db(d.Level?.ToExport()), Db(d.Locality), Db(d.Title), d.Conflict ? 1 : 0, d.Mentions, d.CitedOnly ? 1 : 0, d.DateReason];

    private static object[] Row(GraphVariant v) => [v.Symbol, Db(v.Date?.ToIso()), v.Count, string.Join(',', v.Sources)];

    /// <summary>A digest of a document's row and its variants (in any order); values compare as text, so a
    /// number read back from SQLite (long) equals the int written.</summary>
    private static UInt128 Signature(object[] row, IEnumerable<object[]> variants)
    {
        static string Text(object[] values) => string.Join('\u001f', values.Select(v => v is DBNull ? "\u0000" : Convert.ToString(v, CultureInfo.InvariantCulture)));
        var text = Text(row) + '\u001e' + string.Join('\u001e', variants.Select(Text).Order(StringComparer.Ordinal));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new UInt128(BitConverter.ToUInt64(hash, 0), BitConverter.ToUInt64(hash, 8));
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private SqliteCommand Command(string sql, params string[] parameters) => KbConnection.Prepare(connection, tx, sql, parameters);

    private static void Run(SqliteCommand cmd, params object[] values) => KbConnection.Run(cmd, values);
}
