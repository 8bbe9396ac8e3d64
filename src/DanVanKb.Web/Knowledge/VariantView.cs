using DanVanKb.Storage.Reading;

namespace DanVanKb.Web.Knowledge;

/// <summary>A way a document was written (symbol and date), how often, and a link to where in each report.</summary>
public sealed record VariantView(string Symbol, string? Date, int Count, bool Differs, IReadOnlyList<(string File, string Href)> Places)
{
    public static VariantView Of(VariantRow v, DocumentRow doc, IReadOnlyList<MentionRow> mentions, KbSnapshot kb)
    {
        var differs = v.Symbol != doc.Symbol || (v.Date is not null && doc.Date is not null && v.Date != doc.Date);
        var places = v.Sources.Where(kb.SourceById.ContainsKey).Select(src =>
        {
            var m = mentions.FirstOrDefault(m => m.SourceId == src && m.Symbol == v.Symbol && m.Date == v.Date)
                ?? mentions.FirstOrDefault(m => m.SourceId == src);
            return (kb.SourceById[src].File, m is null ? Routes.Source(src) : Routes.SourceLine(src, m.Line));
        }).ToList();
        return new VariantView(v.Symbol, v.Date, v.Count, differs, places);
    }
}
