using DanVanKb.Storage.Reading;
using DanVanKb.Web.Naming;

namespace DanVanKb.Web.Knowledge;

/// <summary>A way a document was written (symbol and date), how often, and a link to where in each report,
/// the report named by its number, date and issuer (the first <see cref="MaxPlaces"/> reports;
/// <see cref="MorePlaces"/> counts the others).</summary>
public sealed record VariantView(string Symbol, string? Date, int Count, bool Differs, IReadOnlyList<(ReportName Report, string Href)> Places, int MorePlaces)
{
    public const int MaxPlaces = 10;

    public static VariantView Of(VariantRow v, DocumentRow doc, IReadOnlyList<MentionRow> mentions, KbSnapshot kb)
    {
        var differs = v.Symbol != doc.Symbol || (v.Date is not null && doc.Date is not null && v.Date != doc.Date);
        var exact = new Dictionary<string, MentionRow>(StringComparer.Ordinal);
        var any = new Dictionary<string, MentionRow>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            any.TryAdd(m.SourceId, m);
            if (m.Symbol == v.Symbol && m.Date == v.Date) exact.TryAdd(m.SourceId, m);
        }
        var sources = v.Sources.Where(kb.SourceById.ContainsKey).ToList();
        var places = sources.Take(MaxPlaces).Select(src =>
        {
            var m = exact.GetValueOrDefault(src) ?? any.GetValueOrDefault(src);
            return (kb.ReportOf(src), m is null ? Routes.Source(src) : Routes.SourceLine(src, m.Line));
        }).ToList();
        return new VariantView(v.Symbol, v.Date, v.Count, differs, places, sources.Count - places.Count);
    }
}
