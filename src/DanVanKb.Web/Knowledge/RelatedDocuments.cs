using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>One list of a document's page that is not the implementation tree: its legal bases ("Văn bản căn
/// cứ"), what it is the basis of, what amends it ("Văn bản sửa đổi, bổ sung") and what it amends. Each row is a
/// relation; <see cref="Outgoing"/> says which end is the other document.</summary>
public sealed record RelatedDocuments(string Id, string Heading, IReadOnlyList<RelationRow> Rows, bool Outgoing)
{
    /// <summary>The rows grouped by fact, so a document named as the basis by a thousand reports is listed once;
    /// built with the list, which the page's cached view holds.</summary>
    public IReadOnlyList<RelationGroup> Facts { get; } = RelationGroup.Of(Rows);

    public string OtherOf(RelationGroup fact) => Outgoing ? fact.To : fact.From;

    /// <summary>The four lists, in the order the page shows them.</summary>
    public static IReadOnlyList<RelatedDocuments> Of(KbSnapshot kb, DocumentRow doc) =>
    [
        new("can-cu", "Văn bản căn cứ", [.. kb.From[doc.Id].Where(r => r.Type == "based_on")], Outgoing: true),
        new("la-can-cu", "Là căn cứ của", [.. kb.To[doc.Id].Where(r => r.Type == "based_on")], Outgoing: false),
        new("sua-doi-bo-sung", "Văn bản sửa đổi, bổ sung", [.. kb.To[doc.Id].Where(r => r.Type == "amends")], Outgoing: false),
        new("sua-doi", "Sửa đổi, bổ sung văn bản", [.. kb.From[doc.Id].Where(r => r.Type == "amends")], Outgoing: true),
    ];

    /// <summary>The relation types these lists show, kept out of "Quan hệ khác".</summary>
    public static bool Shows(string type) => type is "based_on" or "amends";
}
