using DanVanKb.Core.Model;

namespace DanVanKb.Cli.Scoring;

/// <summary>Compares one report's extraction with its answer file: documents matched by symbol and year,
/// canonical dates, and relations by (from, to, type).</summary>
public static class GoldScorer
{
    public const string ReportKey = "report";

    public static Score Compare(GoldFile gold, ExtractionResult result)
    {
        var predicted = result.Documents.Where(d => !d.IsOwn && d.Symbol is not null).ToList();
        var keyOf = Match(gold.Documents, predicted);
        var misses = new List<string>();
        var datesChecked = 0;
        var datesRight = 0;
        foreach (var d in predicted)
        {
            if (!keyOf.TryGetValue(d.LocalId, out var key))
            {
                misses.Add($"{gold.File}: extra document {d.Symbol} {d.Date}");
                continue;
            }
            var g = gold.Documents.First(x => x.Key == key);
            if (g.Date is null) continue;
            datesChecked++;
            if (d.Date?.ToIso() == g.Date) datesRight++;
            else misses.Add($"{gold.File}: {g.Symbol} dated {d.Date?.ToIso() ?? "(none)"}, gold {g.Date}");
        }
        foreach (var g in gold.Documents.Where(g => !keyOf.ContainsValue(g.Key)))
            misses.Add($"{gold.File}: missed document {g.Key}");

        keyOf[CitedDocument.OwnId] = ReportKey;
        var goldRelations = gold.Relations.Select(r => (r.From, r.To, r.Type)).ToHashSet();
        var predictedRelations = result.Relations
            .Select(r => (From: keyOf.GetValueOrDefault(r.From, "?" + r.From), To: keyOf.GetValueOrDefault(r.To, "?" + r.To), Type: r.Type.ToExport()))
            .Distinct().ToList();
        var matched = predictedRelations.Count(goldRelations.Contains);
        foreach (var r in predictedRelations.Where(r => !goldRelations.Contains(r)))
            misses.Add($"{gold.File}: extra relation {r.From} {r.Type} {r.To}");
        foreach (var r in goldRelations.Where(r => !predictedRelations.Contains(r)))
            misses.Add($"{gold.File}: missed relation {r.From} {r.Type} {r.To}");

        return new Score(gold.File, gold.Documents.Count, predicted.Count, keyOf.Count - 1, datesChecked, datesRight,
            goldRelations.Count, predictedRelations.Count, matched, misses);
    }

    /// <summary>Exact symbol and year first; then the same symbol where only one candidate is left.</summary>
    private static Dictionary<string, string> Match(IReadOnlyList<GoldDocument> gold, List<CitedDocument> predicted)
    {
        var keyOf = new Dictionary<string, string>();
        var free = gold.ToList();
        foreach (var d in predicted)
        {
            var g = free.FirstOrDefault(x => x.Key == $"{d.Symbol!.Canonical}@{d.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
            if (g is null) continue;
            keyOf[d.LocalId] = g.Key;
            free.Remove(g);
        }
        foreach (var d in predicted.Where(d => !keyOf.ContainsKey(d.LocalId)))
        {
            var candidates = free.Where(x => x.Symbol == d.Symbol!.Canonical).ToList();
            if (candidates.Count != 1) continue;
            keyOf[d.LocalId] = candidates[0].Key;
            free.Remove(candidates[0]);
        }
        return keyOf;
    }
}
