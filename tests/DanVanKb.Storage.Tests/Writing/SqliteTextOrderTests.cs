using DanVanKb.Storage.Writing;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>Two of SQLite's ordered results are walked side by side with SqliteTextOrder: it must sort as
/// SQLite's ORDER BY does, which a real SQLite decides here.</summary>
public class SqliteTextOrderTests
{
    [Fact]
    public void Sorts_text_as_sqlite_orders_it_beyond_the_basic_plane_too()
    {
        string[] texts =
        [
            "", "a", "ab", "b", "B", "src-1", "src-10", "src-2", "src-1:d1", "Đ", "đ", "d", "ắ", "ơ", "Ủy ban",
            "\uE000", "\uFB01", "\uFFFD", "😀", "a😀", "a\uFFFD", "𝐀b", "\uD7FF", "~",
        ];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t(x TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }
        foreach (var t in texts)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t(x) VALUES ($x)";
            insert.Parameters.AddWithValue("$x", t);
            insert.ExecuteNonQuery();
        }
        var bySqlite = new List<string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT x FROM t ORDER BY x";
            using var r = read.ExecuteReader();
            while (r.Read()) bySqlite.Add(r.GetString(0));
        }

        Assert.Equal(bySqlite, texts.Order(Comparer<string>.Create(SqliteTextOrder.Compare)));
        // where ordinal order differs: a character beyond U+FFFF sorts after U+FFFD
        Assert.True(string.CompareOrdinal("😀", "\uFFFD") < 0);
        Assert.True(SqliteTextOrder.Compare("😀", "\uFFFD") > 0);
    }

    [Fact]
    public void Compares_two_keys_on_the_second_only_when_the_first_are_equal()
    {
        Assert.True(SqliteTextOrder.Compare("src-1", "self", "src-2", "d1") < 0);
        Assert.True(SqliteTextOrder.Compare("src-1", "d2", "src-1", "d10") > 0);
        Assert.Equal(0, SqliteTextOrder.Compare("src-1", "d2", "src-1", "d2"));
    }
}
