using DanVanKb.Core.Model;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>A State body's plan named without its issuer ("Thực hiện … Kế hoạch số 48/KH-UBND ngày 02/3/2022, Ủy
/// ban nhân dân xã ban hành Kế hoạch số 21/KH-UBND") is placed at the text's own level by its code alone. A
/// document of that level that carries it out says otherwise: a commune carries out the district's plan, a
/// district the province's (domain.md, the levels), so the plan is placed a level above, in the locality the
/// text names there.</summary>
internal static class GovernedIssuers
{
    public static IReadOnlyList<CitedDocument> Place(
        IReadOnlyList<CitedDocument> documents, IReadOnlyList<Relation> relations, IReadOnlyList<LocatedMention> located, ReportContext context)
    {
        if (context.OwnLevel is not (Level.District or Level.Commune) || Above(context.OwnLevel.Value) is not { } above) return documents;
        var own = context.OwnLevel.Value;
        var byId = documents.ToDictionary(d => d.LocalId);
        var governed = relations
            .Where(r => r.Type == RelationType.Implements && byId[r.From].Issuer?.Level == own)
            .Select(r => r.To).ToHashSet();
        return [.. documents.Select(d => governed.Contains(d.LocalId) && PlacedByCodeAt(d, own, located)
            ? d with { Issuer = IssuerReader.FromCode(d.Symbol!, context, above) }
            : d)];
    }

    private static Level? Above(Level level) => level switch
    {
        Level.Commune => Level.District,
        Level.District => Level.Province,
        _ => null,
    };

    /// <summary>A State body's document that no mention names an issuer for, placed at the text's own level.</summary>
    private static bool PlacedByCodeAt(CitedDocument d, Level own, IReadOnlyList<LocatedMention> located) =>
        d.Issuer?.Level == own
        && d.Symbol?.IssuerCodes is [var code, ..] && IssuerCodes.Find(code)?.Code is "UBND" or "HĐND"
        && d.Mentions.All(i => located[i].Mention.Issuer is null);
}
