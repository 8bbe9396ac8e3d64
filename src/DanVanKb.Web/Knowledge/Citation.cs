using DanVanKb.Core.Model;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>How the site names a document: the full citation ready to copy, and a short label.</summary>
public static class Citation
{
    public static string Full(DocumentRow d)
    {
        var parts = new List<string> { d.Symbol is null ? d.Type : $"{d.Type} số {d.Symbol}" };
        if (DateText(d) is { } date) parts.Add(date);
        if (d.Issuer is not null) parts.Add($"của {d.Issuer}");
        if (d.Title is not null) parts.Add($"về {Quote(d.Title)}");
        return string.Join(' ', parts);
    }

    public static string Short(DocumentRow d) =>
        d.Symbol is null ? $"{d.Type} của {d.Issuer ?? "(chưa rõ)"}{(d.Year is int y0 ? $" ({y0})" : "")}"
            : $"{d.Type} {d.Symbol}{(d.Year is int y ? $" ({y})" : "")}";

    /// <summary>"ngày 03/6/2013", "năm 2019", or null.</summary>
    public static string? DateText(DocumentRow d) => DateText(d.Date);

    public static string? DateText(string? iso) =>
        PartialDate.ParseIso(iso) is { } date ? (date.IsFull ? $"ngày {date.ToVietnamese()}" : date.ToVietnamese()) : null;

    private static string Quote(string title) => title.IndexOfAny(['"', '“', '”']) >= 0 ? title : $"“{title}”";
}
