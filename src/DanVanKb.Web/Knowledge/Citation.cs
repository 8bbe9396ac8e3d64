using DanVanKb.Core.Checking;
using DanVanKb.Core.Model;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Naming;

namespace DanVanKb.Web.Knowledge;

/// <summary>How the site names a document: the official citation ready to copy (Party style per the Party's
/// rules, State style per Nghị định 30/2020), and a short label.</summary>
public static class Citation
{
    /// <summary>The document as the citation formatter takes it, its title cut where it ends (TitleText).</summary>
    public static KnownDocument Known(DocumentRow d) => KbCatalog.ToKnown(d) with { Title = TitleText.Clean(d.Title) };

    /// <summary>The document's trích yếu as shown: cut where it ends.</summary>
    public static string? Title(DocumentRow d) => TitleText.Clean(d.Title);

    public static string Full(DocumentRow d) => CitationFormatter.Full(Known(d));

    public static string Short(DocumentRow d) =>
        d.Symbol is not null ? $"{d.Type} {d.Symbol}{Year(d)}"
            : d.CitedOnly && d.Number is not null ? $"{d.Type} số {d.Number}{(d.Issuer is null ? "" : $" của {d.Issuer}")}{Year(d)}"
            : $"{d.Type} của {d.Issuer ?? "(chưa rõ)"}{Year(d)}";

    private static string Year(DocumentRow d) => d.Year is int y ? $" ({y})" : "";

    /// <summary>"ngày 03/6/2013", "năm 2019", or null.</summary>
    public static string? DateText(DocumentRow d) => DateText(d.Date);

    public static string? DateText(string? iso) =>
        PartialDate.ParseIso(iso) is { } date ? (date.IsFull ? $"ngày {date.ToVietnamese()}" : date.ToVietnamese()) : null;
}
