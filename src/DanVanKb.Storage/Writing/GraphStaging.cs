using DanVanKb.Core.Identity;
using DanVanKb.Core.Model;

using Microsoft.Data.Sqlite;

namespace DanVanKb.Storage.Writing;

/// <summary>A graph rebuild's working set: every report's cited documents filed by partition
/// (GraphAssembler.PartitionOf; staged with each report, StagedCitations), and, in temporary tables of its
/// connection (on disk, outside the knowledge base), the documents built from them with the local documents
/// each is made of. A rebuild reads one partition at a time and writes each document as it is built, so its
/// memory follows the largest partition and the number of documents, not the number of citations in the
/// archive.</summary>
internal sealed class GraphStaging : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction tx;
    private readonly SqliteCommand addDocument;
    private readonly SqliteCommand addMember;

    /// <summary>Each built document's id before GraphIds tells apart those sharing one, and the start of its
    /// sort key (GraphBuilder.SortKey without the id), by its number in graph_docs.</summary>
    private readonly List<(string Id, string SortPrefix)> built = [];

    /// <summary>Each report's place in the reports' ordinal order.</summary>
    private readonly Dictionary<string, int> rank = new(StringComparer.Ordinal);

    public GraphStaging(SqliteConnection connection, SqliteTransaction tx)
    {
        (this.connection, this.tx) = (connection, tx);
        Drop();
        KbConnection.Execute(connection, """
            CREATE TEMP TABLE graph_docs(no INTEGER PRIMARY KEY, doc BLOB NOT NULL);
            CREATE TEMP TABLE graph_members(no INTEGER NOT NULL, source_id TEXT NOT NULL, local_id TEXT NOT NULL);
            CREATE TEMP TABLE graph_ids(no INTEGER PRIMARY KEY, id TEXT NOT NULL);
            """, tx);
        addDocument = Command("INSERT INTO graph_docs(no, doc) VALUES ($n, $d)", "$n", "$d");
        addMember = Command("INSERT INTO graph_members(no, source_id, local_id) VALUES ($n, $s, $l)", "$n", "$s", "$l");
    }

    public int Documents => built.Count;

    public int Conflicts { get; private set; }

    /// <summary>Brings the staged citations up to date (StagedCitations.CatchUp) and ranks the reports in
    /// their ordinal order; returns the reports' own documents without a number (the assembler keeps them),
    /// in that order.</summary>
    public List<(string Source, CitedDocument Doc)> Begin()
    {
        StagedCitations.CatchUp(connection, tx);
        var ids = new List<string>();
        using (var read = Command("SELECT id FROM sources"))
        using (var r = read.ExecuteReader())
            while (r.Read()) ids.Add(r.GetString(0));
        ids.Sort(StringComparer.Ordinal);
        rank.EnsureCapacity(ids.Count);
        for (var i = 0; i < ids.Count; i++) rank[ids[i]] = i;
        using var own = Command("SELECT source_id, idx, doc FROM staged_citations WHERE part = $p", "$p");
        own.Parameters[0].Value = StagedCitations.OwnUnnumbered;
        using var rows = own.ExecuteReader();
        var citations = new List<(long Key, string Source, CitedDocument Doc)>();
        while (rows.Read()) citations.Add(Citation(rows.GetString(0), rows.GetInt32(1), rows.GetFieldValue<byte[]>(2)));
        return InReportOrder(citations);
    }

    /// <summary>The staged citations one partition at a time, each in the reports' ordinal order (each
    /// report's in its order).</summary>
    public IEnumerable<List<(string Source, CitedDocument Doc)>> Partitions()
    {
        using var read = Command("SELECT part, source_id, idx, doc FROM staged_citations WHERE part > $own ORDER BY part", "$own");
        read.Parameters[0].Value = StagedCitations.OwnUnnumbered;
        using var r = read.ExecuteReader();
        string? current = null;
        var partition = new List<(long Key, string Source, CitedDocument Doc)>();
        while (r.Read())
        {
            var part = r.GetString(0);
            if (part != current && partition.Count > 0)
            {
                yield return InReportOrder(partition);
                partition = [];
            }
            current = part;
            partition.Add(Citation(r.GetString(1), r.GetInt32(2), r.GetFieldValue<byte[]>(3)));
        }
        if (partition.Count > 0) yield return InReportOrder(partition);
    }

    /// <summary>A staged citation keyed by its report's rank and its place in the report.</summary>
    private (long Key, string Source, CitedDocument Doc) Citation(string source, int index, byte[] doc) =>
        (((long)rank[source] << 32) | (uint)index, source, StagedRecords.DecodeCited(doc));

    /// <summary>The graph wants the reports' ordinal order, each report's documents in its order (SQLite
    /// orders ids by their UTF-8 bytes).</summary>
    private static List<(string Source, CitedDocument Doc)> InReportOrder(List<(long Key, string Source, CitedDocument Doc)> partition)
    {
        partition.Sort((a, b) => a.Key.CompareTo(b.Key));
        return partition.ConvertAll(c => (c.Source, c.Doc));
    }

    public void Add(IEnumerable<AssembledDocument> documents)
    {
        foreach (var a in documents)
        {
            var no = built.Count;
            var d = a.Document;
            built.Add((d.Id, GraphBuilder.SortKey(d with { Id = "" })));
            if (d.Conflict) Conflicts++;
            Run(addDocument, no, StagedRecords.Encode(d));
            foreach (var m in a.Members) Run(addMember, no, m.Source, m.Local);
        }
    }

    /// <summary>Gives every built document its final id (GraphIds, over the members of the documents sharing
    /// one) and files where each report's local document went (graph_sources); returns the documents'
    /// numbers in the graph's order (GraphBuilder.SortKey), each with its id.</summary>
    public (int No, string Id)[] Settle()
    {
        KbConnection.Execute(connection, "CREATE INDEX temp.ix_graph_members ON graph_members(no)", tx);
        var ids = built.Select(b => b.Id).ToArray();
        using (var members = Command("SELECT source_id, local_id FROM graph_members WHERE no = $n", "$n"))
            foreach (var group in Enumerable.Range(0, built.Count).GroupBy(i => built[i].Id).Where(g => g.Count() > 1))
            {
                var sharing = group.ToArray();
                var ranked = GraphIds.Rank(group.Key, [.. sharing.Select(no => ClusterOrder.Sorted(Members(members, no)))]);
                for (var k = 0; k < sharing.Length; k++) ids[sharing[k]] = ranked[k];
            }
        using (var add = Command("INSERT INTO graph_ids(no, id) VALUES ($n, $i)", "$n", "$i"))
            for (var no = 0; no < ids.Length; no++) Run(add, no, ids[no]);
        KbConnection.Execute(connection, """
            CREATE TEMP TABLE graph_sources(source_id TEXT NOT NULL, local_id TEXT NOT NULL, document_id TEXT NOT NULL,
                PRIMARY KEY(source_id, local_id)) WITHOUT ROWID;
            INSERT INTO graph_sources(source_id, local_id, document_id)
                SELECT m.source_id, m.local_id, i.id FROM graph_members m JOIN graph_ids i ON i.no = m.no ORDER BY m.source_id, m.local_id;
            """, tx);

        var keys = new string[ids.Length];
        var order = new (int No, string Id)[ids.Length];
        for (var no = 0; no < ids.Length; no++) (keys[no], order[no]) = (built[no].SortPrefix + ids[no], (no, ids[no]));
        Array.Sort(keys, order, StringComparer.Ordinal);
        return order;
    }

    private static List<ClusterOrder.Member> Members(SqliteCommand read, int no)
    {
        read.Parameters[0].Value = no;
        using var r = read.ExecuteReader();
        var list = new List<ClusterOrder.Member>();
        while (r.Read()) list.Add(new ClusterOrder.Member(r.GetString(0), r.GetString(1)));
        return list;
    }

    /// <summary>A built document, with its final id.</summary>
    public GraphDocument Document(SqliteCommand read, int no, string id)
    {
        read.Parameters[0].Value = no;
        var doc = StagedRecords.DecodeGraph((byte[])(read.ExecuteScalar() ?? throw new KbException($"graph document {no} is not staged")));
        return doc with { Id = id };
    }

    public SqliteCommand ReadDocument() => Command("SELECT doc FROM graph_docs WHERE no = $n", "$n");

    public void Dispose()
    {
        addDocument.Dispose();
        addMember.Dispose();
    }

    /// <summary>Drops the working set, inside the rebuild's transaction (a rebuild that fails rolls its
    /// tables back with the rest).</summary>
    public void Drop() => KbConnection.Execute(connection, """
        DROP TABLE IF EXISTS temp.graph_docs; DROP TABLE IF EXISTS temp.graph_members;
        DROP TABLE IF EXISTS temp.graph_ids; DROP TABLE IF EXISTS temp.graph_sources;
        """, tx);

    private SqliteCommand Command(string sql, params string[] parameters) => KbConnection.Prepare(connection, tx, sql, parameters);

    private static void Run(SqliteCommand cmd, params object[] values) => KbConnection.Run(cmd, values);
}
