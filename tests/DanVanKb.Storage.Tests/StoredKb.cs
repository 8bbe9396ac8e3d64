using System.Text;

using DanVanKb.Storage.Export;
using DanVanKb.Storage.Reading;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Tests;

/// <summary>What the tests read of a knowledge base and do to its file directly: the export as text (what
/// two knowledge bases are compared by), a count, a statement.</summary>
internal static class StoredKb
{
    public static string Exported(KbPaths kb)
    {
        using var reader = new KbReader(kb);
        return Exported(reader);
    }

    public static string Exported(KbReader reader)
    {
        using var ms = new MemoryStream();
        ExportWriter.Write(reader.Export(), ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static long Count(KbPaths kb, string sql)
    {
        using var c = new SqliteConnection($"Data Source={kb.Database};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    public static List<string> Rows(KbPaths kb, string sql)
    {
        using var c = new SqliteConnection($"Data Source={kb.Database};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(r.GetString(0));
        return rows;
    }

    public static void Execute(KbPaths kb, string sql)
    {
        using var c = new SqliteConnection($"Data Source={kb.Database};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
