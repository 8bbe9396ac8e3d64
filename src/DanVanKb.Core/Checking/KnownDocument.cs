using DanVanKb.Core.Model;

namespace DanVanKb.Core.Checking;

/// <summary>A document as the knowledge base knows it, for citing and checking: canonical values, the
/// variants written, how many reports cite it.</summary>
public sealed record KnownDocument(
    string Id,
    string Type,
    string? Symbol,
    PartialDate? Date,
    string? Issuer,
    Level? Level,
    string? Locality,
    string? Title,
    IReadOnlyList<DateVariant> Variants,
    int Reports,
    string DateReason)
{
    /// <summary>How many mentions across the reports wrote this date for it.</summary>
    public int MentionsWriting(PartialDate? date) => Variants.Where(v => Equals(v.Date, date)).Sum(v => v.Count);

    public int DatedMentions => Variants.Where(v => v.Date is not null).Sum(v => v.Count);
}
