using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;
using DanVanKb.Web.Naming;

namespace DanVanKb.Web.Api;

/// <summary>A document as the JSON twins show it, with its page's URL and its citation.</summary>
public sealed record DocumentJson(string Id, string Slug, string Url, string Citation, string Type, string? Symbol, string? Date, int? Year,
    string? Issuer, string? Level, string? Locality, string? Title, bool Conflict, bool CitedOnly, int Mentions, string DateReason)
{
    public static DocumentJson From(DocumentRow d) => new(d.Id, d.Slug, Routes.Document(d.Slug), Knowledge.Citation.Full(d), d.Type, d.Symbol,
        d.Date, d.Year, d.Issuer, d.Level, d.Locality, Knowledge.Citation.Title(d), d.Conflict, d.CitedOnly, d.Mentions, d.DateReason);
}

/// <summary>A relation with its evidence sentence and the link to it.</summary>
public sealed record RelationJson(string From, string To, string Type, string Label, string Evidence, string Source, string Report, string? File, int Line, string Url)
{
    public static RelationJson Of(RelationRow r, KbSnapshot s) => new(r.From, r.To, r.Type, Labels.Relation(r.Type), r.Evidence, r.Source,
        s.ReportOf(r.Source).Name, s.ReportOf(r.Source).File, r.Line, Routes.SourceLine(r.Source, r.Line));
}

/// <summary>A report as the JSON twins name it: its name (type, number, date, issuer), shortened title,
/// file relative to the folder ingested, and its page.</summary>
public sealed record ReportJson(string Id, string Name, string? Title, string File, string Url)
{
    public static ReportJson Of(ReportName n) => new(n.Id, n.Name, n.Title, n.File, Routes.Source(n.Id));
}

/// <summary>A node of an implementation tree: size counts the distinct documents under it, omitted the
/// children left out when the tree was cut to the request's limit.</summary>
public sealed record TreeJson(string Id, string Slug, string Label, string? Level, string? Locality, string? Relation, bool Repeated,
    IReadOnlyList<string> Evidence, int Size, int Omitted, IReadOnlyList<TreeJson> Children)
{
    public static TreeJson From(TreeNode n) => new(n.Document.Id, n.Document.Slug, Knowledge.Citation.Short(n.Document), n.Document.Level,
        n.Document.Locality, n.RelationType, n.Repeated, [.. n.Evidence.Select(e => Routes.SourceLine(e.Source, e.Line))], n.Size, n.Omitted,
        [.. n.Children.Select(From)]);
}
