using System.Diagnostics;

using DanVanKb.Search.Analysis;

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Bench;

/// <summary>The references beside the product's index, over the same passages: a bare Lucene.Net IndexWriter
/// (one document per passage, one text field, the product's folding analyzer, nothing stored) whose rate the
/// ingest is held to, and an SQLite FTS5 table (unicode61, diacritics removed) the searches are compared with.
/// Only the bare writer's calls are timed for its rate (reading and cutting passages is not).</summary>
public sealed record ReferenceIndexes(int Passages, double BareLuceneSeconds, double BareLuceneMbps, double Fts5BuildSeconds, string Fts5Path)
{
    public static ReferenceIndexes Build(Storage.KbPaths paths, CorpusFolder corpus, string work)
    {
        var bareDir = Path.Combine(work, "bare-lucene");
        var fts = Path.Combine(work, "fts5.db");
        if (System.IO.Directory.Exists(bareDir)) System.IO.Directory.Delete(bareDir, recursive: true);
        if (File.Exists(fts)) File.Delete(fts);

        using var connection = new SqliteConnection($"Data Source={fts};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE p USING fts5(body, levels, tokenize = 'unicode61 remove_diacritics 2');");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO p(body, levels) VALUES ($b, $l)";
        var body = insert.Parameters.Add("$b", SqliteType.Text);
        var levels = insert.Parameters.Add("$l", SqliteType.Text);

        var luceneTicks = 0L;
        var ftsTicks = 0L;
        var passages = 0;
        using var transaction = connection.BeginTransaction();
        insert.Transaction = transaction;
        var t0 = Stopwatch.GetTimestamp();
        var dir = FSDirectory.Open(bareDir);
        var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchAnalyzers.Folded) { OpenMode = OpenMode.CREATE });
        luceneTicks += Stopwatch.GetTimestamp() - t0;
        foreach (var report in PassageStream.Read(paths))
        {
            var t = Stopwatch.GetTimestamp();
            foreach (var p in report) writer.AddDocument([new TextField("text", p.Text, Field.Store.NO)]);
            luceneTicks += Stopwatch.GetTimestamp() - t;
            t = Stopwatch.GetTimestamp();
            foreach (var p in report)
            {
                body.Value = p.Text;
                levels.Value = string.Join(' ', p.Levels);
                insert.ExecuteNonQuery();
            }
            ftsTicks += Stopwatch.GetTimestamp() - t;
            passages += report.Count;
        }
        var c = Stopwatch.GetTimestamp();
        writer.Commit();
        writer.Dispose();
        dir.Dispose();
        luceneTicks += Stopwatch.GetTimestamp() - c;
        c = Stopwatch.GetTimestamp();
        transaction.Commit();
        ftsTicks += Stopwatch.GetTimestamp() - c;
        var lucene = luceneTicks / (double)Stopwatch.Frequency;
        return new ReferenceIndexes(passages, Math.Round(lucene, 2), Math.Round(corpus.Megabytes / lucene, 2), Math.Round(ftsTicks / (double)Stopwatch.Frequency, 2), fts);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
