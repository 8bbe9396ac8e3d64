using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>The relations that state one fact (one document, one type, the other document), each from the
/// report that says it: a conclusion that continues a resolution is said by thousands of reports, and the
/// page lists it once with the first few of them as its evidence.</summary>
public sealed record RelationGroup(string From, string Type, string To, IReadOnlyList<RelationRow> Evidence)
{
    /// <summary>The relations grouped by fact, in the order each fact first appears.</summary>
    public static IReadOnlyList<RelationGroup> Of(IEnumerable<RelationRow> rows) =>
    [
        .. rows.GroupBy(r => (r.From, r.Type, r.To)).Select(g => new RelationGroup(g.Key.From, g.Key.Type, g.Key.To, [.. g])),
    ];
}
