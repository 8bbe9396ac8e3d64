using DanVanKb.Storage.Writing;

using static DanVanKb.Storage.Tests.StoredKb;
using static DanVanKb.Storage.Tests.Writing.GraphRebuildTests;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>Each report's cited documents are staged by partition with the report (staged_citations), and a
/// rebuild trusts them only as far as their marks say: real files, the real ingestor, a real SQLite file.</summary>
public class StagedCitationsTests
{

    [Fact]
    public void A_report_is_staged_by_partition_when_written_and_unstaged_when_withdrawn()
    {
        using var tmp = new TempFolder();
        var folder = Path.Combine(tmp.Path, "in");
        tmp.Write("in/province.txt", Province);
        var district = tmp.Write("in/district.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [folder]);

        var districtId = Rows(kb, "SELECT id FROM sources WHERE file = 'district.txt'").Single();
        // the report itself (no number: kept apart), the plan and the programme it implements, each in the
        // partition of its symbol's number and year (a Party symbol has none)
        Assert.Equal(["", "s|14|", "s|45|"], Rows(kb, $"SELECT part FROM staged_citations WHERE source_id = '{districtId}' ORDER BY part"));
        Assert.Equal(2, Count(kb, "SELECT COUNT(*) FROM staged_sources"));

        File.Delete(district);
        KbIngestor.Ingest(kb, [folder]);
        Assert.Equal(0, Count(kb, $"SELECT COUNT(*) FROM staged_citations WHERE source_id = '{districtId}'"));
        Assert.Equal(1, Count(kb, "SELECT COUNT(*) FROM staged_sources"));
    }

    [Fact]
    public void A_knowledge_base_written_before_staging_is_staged_by_its_next_rebuild_to_the_same_graph()
    {
        using var tmp = new TempFolder();
        var (kb, folder, written) = Ingested(tmp);
        var staged = Rows(kb, "SELECT source_id || ' ' || idx || ' ' || part || ' ' || hex(doc) FROM staged_citations ORDER BY 1");

        Execute(kb, "DELETE FROM staged_citations; DELETE FROM staged_sources; DELETE FROM meta WHERE key = 'staged_citations'; UPDATE meta SET value = '1' WHERE key = 'graph_stale'");
        KbIngestor.Ingest(kb, [folder]);

        Assert.Equal(staged, Rows(kb, "SELECT source_id || ' ' || idx || ' ' || part || ' ' || hex(doc) FROM staged_citations ORDER BY 1"));
        Assert.Equal(written, Exported(kb));
    }

    [Fact]
    public void A_report_rewritten_by_a_program_that_does_not_stage_is_staged_again()
    {
        using var tmp = new TempFolder();
        var (kb, folder, written) = Ingested(tmp);

        // an older program wrote the district's row anew (another ingested_at) and left its staged rows as they were:
        // here, none at all; trusted, the plan would be gone from the graph
        var districtId = Rows(kb, "SELECT id FROM sources WHERE file = 'district.txt'").Single();
        Execute(kb, $"UPDATE sources SET ingested_at = '2020-01-01T00:00:00.0000000Z' WHERE id = '{districtId}'; DELETE FROM staged_citations WHERE source_id = '{districtId}'; UPDATE meta SET value = '1' WHERE key = 'graph_stale'");
        KbIngestor.Ingest(kb, [folder]);

        Assert.Equal(written, Exported(kb));
        Assert.Equal(3, Count(kb, $"SELECT COUNT(*) FROM staged_citations WHERE source_id = '{districtId}'"));
    }

    [Fact]
    public void A_new_knowledge_base_trusts_the_rows_its_own_ingest_stages_and_an_older_one_is_staged_anew()
    {
        using var tmp = new TempFolder();
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        using (new KbWriter(kb)) { }
        // staged by these rules from the start: its first rebuild keeps what each report's transaction staged
        Assert.Equal([StagedCitations.Rules], Rows(kb, "SELECT value FROM meta WHERE key = 'staged_citations'"));

        // a knowledge base created before the table: opening it again does not vouch for rows it never had
        Execute(kb, "DELETE FROM meta WHERE key = 'staged_citations'");
        using (new KbWriter(kb)) { }
        Assert.Empty(Rows(kb, "SELECT value FROM meta WHERE key = 'staged_citations'"));
    }

    /// <summary>The province's programme and the district's plan ingested from a folder, and their export.</summary>
    private static (KbPaths Kb, string Folder, string Exported) Ingested(TempFolder tmp)
    {
        var folder = Path.Combine(tmp.Path, "in");
        tmp.Write("in/province.txt", Province);
        tmp.Write("in/district.txt", District);
        var kb = new KbPaths(Path.Combine(tmp.Path, "data"));
        KbIngestor.Ingest(kb, [folder]);
        return (kb, folder, Exported(kb));
    }
}
