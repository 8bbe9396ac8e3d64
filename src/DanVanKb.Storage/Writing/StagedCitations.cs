using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Writing;

/// <summary>One cited document of a report as a graph rebuild reads it: its partition
/// (GraphAssembler.PartitionOf, or OwnUnnumbered), its place in the report's documents, and its staged form.</summary>
internal sealed record StagedCitation(string Part, int Index, byte[] Doc);

/// <summary>Every report's cited documents filed by partition (staged_citations), written with the report
/// in its transaction, so that a graph rebuild reads them by partition instead of parsing every report's
/// extraction again (at 20,000 reports that parse and filing were 11 of a rebuild's 32 seconds).
/// staged_sources marks each staged report with the ingested_at of the row it was staged from: a rebuild
/// first stages again whatever the marks say is missing or stale (a knowledge base written before the
/// table, or by an older program, or staged by other rules), so the table never has to be trusted blindly.</summary>
internal static class StagedCitations
{
    /// <summary>The partition of a report's own document without a number, which no partition takes.</summary>
    public const string OwnUnnumbered = "";

    /// <summary>meta staged_citations: the rules the rows were staged by, written with a new knowledge base
    /// (KbSchema). Bump it when PartitionOf or the staged form (StagedRecords) changes, and every report is
    /// staged again at the next rebuild.</summary>
    internal const string Rules = "2";

    /// <summary>The citations a graph rebuild files of a report's documents (as its stored extraction holds them).</summary>
    public static IReadOnlyList<StagedCitation> Of(IReadOnlyList<CitedDocument> documents)
    {
        var staged = new List<StagedCitation>();
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var part = GraphAssembler.IsUnnumberedOwn(doc) ? OwnUnnumbered : GraphAssembler.PartitionOf(doc);
            if (part is not null) staged.Add(new StagedCitation(part, i, StagedRecords.Encode(doc)));
        }
        return staged;
    }

    public static void Write(SqliteConnection connection, SqliteTransaction tx, string sourceId, string ingestedAt, IReadOnlyList<StagedCitation> citations)
    {
        using var writer = new Writer(connection, tx);
        writer.Write(sourceId, ingestedAt, citations);
    }

    /// <summary>Stages reports with one prepared statement per table.</summary>
    private sealed class Writer(SqliteConnection connection, SqliteTransaction tx) : IDisposable
    {
        private readonly SqliteCommand add = KbConnection.Prepare(connection, tx, "INSERT INTO staged_citations(source_id, idx, part, doc) VALUES ($s, $i, $p, $d)", "$s", "$i", "$p", "$d");
        private readonly SqliteCommand mark = KbConnection.Prepare(connection, tx, "INSERT OR REPLACE INTO staged_sources(source_id, ingested_at) VALUES ($s, $a)", "$s", "$a");

        public void Write(string sourceId, string ingestedAt, IReadOnlyList<StagedCitation> citations)
        {
            foreach (var c in citations) KbConnection.Run(add, sourceId, c.Index, c.Part, c.Doc);
            KbConnection.Run(mark, sourceId, ingestedAt);
        }

        public void Dispose()
        {
            add.Dispose();
            mark.Dispose();
        }
    }

    /// <summary>Removes the staged citations of the reports <paramref name="sourceIds"/> selects (a SELECT of
    /// ids, its parameters already bound on the command it is run with).</summary>
    public static string RemoveSql(string sourceIds) =>
        $"DELETE FROM staged_citations WHERE source_id IN ({sourceIds}); DELETE FROM staged_sources WHERE source_id IN ({sourceIds})";

    /// <summary>Stages again, from their stored extraction, the reports whose mark is missing or stale, and
    /// removes the rows of reports that are gone.</summary>
    public static void CatchUp(SqliteConnection connection, SqliteTransaction tx)
    {
        using (var rules = KbConnection.Prepare(connection, tx, "SELECT value FROM meta WHERE key = 'staged_citations'"))
            if (rules.ExecuteScalar() as string != Rules)
                KbConnection.Execute(connection, $"""
                    DELETE FROM staged_citations; DELETE FROM staged_sources;
                    INSERT OR REPLACE INTO meta(key, value) VALUES ('staged_citations', '{Rules}');
                    """, tx);
        // the marks checked against an index of (id, ingested_at): read from sources' rows, ingested_at sits
        // behind each report's text and extraction (a second at 20,000 reports)
        KbConnection.Execute(connection, RemoveSql("""
            SELECT t.source_id FROM staged_sources t WHERE NOT EXISTS (
                SELECT 1 FROM sources s INDEXED BY ix_sources_ingested WHERE s.id = t.source_id AND s.ingested_at = t.ingested_at)
            """), tx);
        using var missing = KbConnection.Prepare(connection, tx, """
            SELECT s.id, s.ingested_at, s.extraction FROM sources s
            WHERE NOT EXISTS (SELECT 1 FROM staged_sources t WHERE t.source_id = s.id)
            """);
        using var rows = missing.ExecuteReader();
        using var writer = new Writer(connection, tx);
        while (rows.Read())
            writer.Write(rows.GetString(0), rows.GetString(1), Of(ExtractionJson.DeserializeDocuments(rows.GetFieldValue<byte[]>(2)).Documents));
    }
}
