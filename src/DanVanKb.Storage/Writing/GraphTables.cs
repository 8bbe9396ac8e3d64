using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Writing;

/// <summary>Writes a rebuilt graph over the one stored, changing only what differs: a document whose row or
/// variants changed, a citation that now points at another document, the relations of the reports that
/// changed (graph_pending) or whose citations moved. Adding ten reports to 20,000 rewrote a million
/// citation rows and every relation; the tables end exactly as a full rewrite leaves them.</summary>
internal sealed class GraphTables(SqliteConnection connection, SqliteTransaction tx)
{
    /// <summary>Writes the documents and their variants that differ from the stored ones, and removes the gone.</summary>
    public void WriteDocuments(KnowledgeGraph graph)
    {
        var stored = StoredDocuments();
        using var delete = Command("DELETE FROM documents WHERE id = $id; DELETE FROM document_variants WHERE document_id = $id", "$id");
        using var doc = Command("""
            INSERT INTO documents(id, slug, type, number, symbol, date, year, issuer, level, locality, title, conflict, mentions, cited_only, date_reason)
            VALUES ($id, $slug, $type, $number, $symbol, $date, $year, $issuer, $level, $locality, $title, $conflict, $mentions, $cited, $reason)
            """, "$id", "$slug", "$type", "$number", "$symbol", "$date", "$year", "$issuer", "$level", "$locality", "$title", "$conflict", "$mentions", "$cited", "$reason");
        using var variant = Command("INSERT INTO document_variants(document_id, symbol, date, count, sources) VALUES ($d, $s, $date, $c, $src)", "$d", "$s", "$date", "$c", "$src");

        var rows = new List<(GraphDocument Doc, string Slug)>();
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // the suffix a basis tried last: every one below it is taken, and stays taken (a basis shared by hundreds
        // of documents, the plans numbered 08/KH-UBND in 2022 by as many communes, was tried from 2 up for each)
        var lastSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in graph.Documents)
        {
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
            rows.Add((d, slug));
        }
        // the documents that are gone first, then the new rows: a slug moves from one document to another
        foreach (var id in stored.Keys) Run(delete, id);
        foreach (var (d, slug) in rows)
        {
            Run(doc, Row(d, slug));
            foreach (var v in d.Variants) Run(variant, [d.Id, .. Row(v)]);
        }
    }

    /// <summary>Writes which document each report's local document is; returns the reports whose citations
    /// were added, moved or removed (the search index rewrites them).</summary>
    public HashSet<string> WriteSources(IReadOnlyDictionary<(string Source, string Local), string> documentOf)
    {
        using (var any = Command("SELECT EXISTS(SELECT 1 FROM document_sources)"))
            if (Convert.ToInt64(any.ExecuteScalar(), CultureInfo.InvariantCulture) == 1 && MergeSources(documentOf) is { } changed) return changed;
        // nothing stored yet (a first ingest: without the sorted copy a merge needs), or stored rows not in
        // the order compared with: written whole, every report counted as moved
        KbConnection.Execute(connection, "DELETE FROM document_sources", tx);
        using var add = InsertSource();
        foreach (var ((source, local), document) in documentOf) Run(add, document, source, local);
        return [.. documentOf.Keys.Select(k => k.Source)];
    }

    /// <summary>The stored rows and the rebuilt ones walked side by side in (report, local id) order; null,
    /// having written nothing, when SQLite's order of the stored rows is not that order (ids beyond ASCII).</summary>
    private HashSet<string>? MergeSources(IReadOnlyDictionary<(string Source, string Local), string> documentOf)
    {
        var fresh = documentOf.Select(kv => (kv.Key.Source, kv.Key.Local, Document: kv.Value)).ToArray();
        Array.Sort(fresh, (a, b) => Compare(a.Source, a.Local, b.Source, b.Local));
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var insert = new List<int>();
        var remove = new List<(string Source, string Local)>();
        using (var read = Command("SELECT source_id, local_id, document_id FROM document_sources ORDER BY source_id, local_id"))
        using (var r = read.ExecuteReader())
        {
            var i = 0;
            (string Source, string Local)? previous = null;
            while (r.Read())
            {
                var (source, local, document) = (r.GetString(0), r.GetString(1), r.GetString(2));
                if (previous is { } p && Compare(p.Source, p.Local, source, local) >= 0) return null;
                previous = (source, local);
                for (; i < fresh.Length && Compare(fresh[i].Source, fresh[i].Local, source, local) < 0; i++) insert.Add(i);
                if (i < fresh.Length && Compare(fresh[i].Source, fresh[i].Local, source, local) == 0)
                {
                    if (fresh[i].Document != document)
                    {
                        remove.Add((source, local));
                        insert.Add(i);
                    }
                    i++;
                }
                else
                {
                    remove.Add((source, local));
                }
            }
            for (; i < fresh.Length; i++) insert.Add(i);
        }
        using (var delete = Command("DELETE FROM document_sources WHERE source_id = $s AND local_id = $l", "$s", "$l"))
            foreach (var (source, local) in remove)
            {
                Run(delete, source, local);
                changed.Add(source);
            }
        using (var add = InsertSource())
            foreach (var k in insert)
            {
                Run(add, fresh[k].Document, fresh[k].Source, fresh[k].Local);
                changed.Add(fresh[k].Source);
            }
        return changed;
    }

    /// <summary>Writes the relations of the given reports anew (every report's when null), each mapped
    /// between the graph's documents; returns how many relations the table holds.</summary>
    public int WriteRelations(IReadOnlyDictionary<(string Source, string Local), string> documentOf, IReadOnlySet<string>? reports)
    {
        using var insert = Command("""
            INSERT INTO relations(from_id, to_id, type, source_id, evidence, line, col, start, end)
            VALUES ($f, $t, $type, $s, $e, $line, $col, $start, $end)
            """, "$f", "$t", "$type", "$s", "$e", "$line", "$col", "$start", "$end");
        void Write(string source, byte[] extraction)
        {
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
        var variants = new Dictionary<string, List<object[]>>(StringComparer.Ordinal);
        using (var read = Command("SELECT document_id, symbol, date, count, sources FROM document_variants"))
        using (var r = read.ExecuteReader())
            while (r.Read())
            {
                var id = r.GetString(0);
                if (!variants.TryGetValue(id, out var list)) variants[id] = list = [];
                list.Add([r.GetString(1), r.GetValue(2), r.GetInt64(3), r.GetString(4)]);
            }
        var stored = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        using (var read = Command("SELECT id, slug, type, number, symbol, date, year, issuer, level, locality, title, conflict, mentions, cited_only, date_reason FROM documents"))
        using (var r = read.ExecuteReader())
            while (r.Read())
            {
                var row = new object[r.FieldCount];
                r.GetValues(row);
                stored[r.GetString(0)] = Signature(row, variants.GetValueOrDefault(r.GetString(0)) ?? []);
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

    private static int Compare(string sourceA, string localA, string sourceB, string localB)
    {
        var c = string.CompareOrdinal(sourceA, sourceB);
        return c != 0 ? c : string.CompareOrdinal(localA, localB);
    }

    private SqliteCommand InsertSource() =>
        Command("INSERT INTO document_sources(document_id, source_id, local_id) VALUES ($d, $s, $l)", "$d", "$s", "$l");

    private static object Db(object? value) => value ?? DBNull.Value;

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        cmd.ExecuteNonQuery();
    }
}
