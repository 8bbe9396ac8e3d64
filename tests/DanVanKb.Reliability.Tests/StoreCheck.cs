using DanVanKb.Search.Querying;
using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Reliability.Tests;

/// <summary>What must hold of a data folder after a crash, and after the next command.</summary>
public static class StoreCheck
{
    /// <summary>Usable and consistent: integrity ok; every stored report whole (as many mentions as a
    /// clean ingest gave the same bytes); the graph complete for the stored reports or marked stale; the
    /// index, if any, a readable Lucene commit no newer than the store.</summary>
    public static void Consistent(KbPaths kb, IReadOnlyDictionary<string, int> mentionsBySha)
    {
        using (var c = new SqliteConnection($"Data Source={kb.Database};Mode=ReadOnly;Pooling=False"))
        {
            c.Open();
            Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = "SELECT s.sha256, s.file, (SELECT COUNT(*) FROM mentions m WHERE m.source_id = s.id), (SELECT COALESCE(MAX(idx), -1) FROM mentions m WHERE m.source_id = s.id) FROM sources s";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    Assert.True(mentionsBySha.TryGetValue(r.GetString(0), out var expected), $"{r.GetString(1)}: not a report of the corpus");
                    Assert.True(expected == r.GetInt32(2) && r.GetInt32(3) == expected - 1, $"{r.GetString(1)}: {r.GetInt32(2)} mentions stored, {expected} expected");
                }
            }
            if (Scalar(c, "SELECT value FROM meta WHERE key = 'graph_stale'") == "0")
            {
                // complete for the stored reports: the reports with resolved citations are exactly those in the graph
                Assert.Equal("0", Scalar(c, """
                    SELECT COUNT(*) FROM (
                      SELECT * FROM (SELECT DISTINCT source_id FROM mentions WHERE local_doc IS NOT NULL EXCEPT SELECT DISTINCT source_id FROM document_sources)
                      UNION ALL
                      SELECT * FROM (SELECT DISTINCT source_id FROM document_sources EXCEPT SELECT id FROM sources))
                    """));
                Assert.Equal("0", Scalar(c, "SELECT COUNT(*) FROM relations WHERE source_id NOT IN (SELECT id FROM sources)"));
            }
        }
        using (var reader = new KbReader(kb))
        {
            Assert.NotNull(reader.Export());
            if (KbSearcher.IndexedGraphVersion(kb.LuceneDirectory) is long indexed)
                Assert.True(indexed <= reader.GraphVersion(), "the index is newer than the store");
        }
    }

    /// <summary>Store and index agree: graph not stale, the index built from the store's graph version,
    /// one document record per document.</summary>
    public static void Agree(KbPaths kb)
    {
        using var reader = new KbReader(kb);
        Assert.False(reader.GraphStale());
        using var searcher = KbSearcher.Open(kb.LuceneDirectory);
        Assert.Equal(reader.GraphVersion(), searcher.GraphVersion);
        Assert.Equal(reader.Stats().Documents, searcher.DocumentRecords);
    }

    /// <summary>Mentions per report, by content hash, from a clean knowledge base.</summary>
    public static IReadOnlyDictionary<string, int> MentionsBySha(KbPaths kb)
    {
        using var c = new SqliteConnection($"Data Source={kb.Database};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT s.sha256, (SELECT COUNT(*) FROM mentions m WHERE m.source_id = s.id) FROM sources s";
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, int>();
        while (r.Read()) map[r.GetString(0)] = r.GetInt32(1);
        return map;
    }

    private static string? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
