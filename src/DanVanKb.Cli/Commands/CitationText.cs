using DanVanKb.Core.Model;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Commands;

/// <summary>How the CLI names a document: "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của …".</summary>
internal static class CitationText
{
    public static string Full(DocumentRow d)
    {
        var parts = new List<string> { d.Symbol is null ? d.Type : $"{d.Type} số {d.Symbol}" };
        if (PartialDate.ParseIso(d.Date) is { } date) parts.Add(date.IsFull ? $"ngày {date.ToVietnamese()}" : date.ToVietnamese());
        if (d.Issuer is not null) parts.Add($"của {d.Issuer}");
        if (d.Title is not null) parts.Add($"về {d.Title}");
        return string.Join(' ', parts);
    }

    public static string Short(DocumentRow d) =>
        d.Symbol is null ? $"{d.Type} ({d.Issuer ?? d.Id})" : $"{d.Type} {d.Symbol}{(d.Year is int y ? $" ({y})" : "")}";
}
