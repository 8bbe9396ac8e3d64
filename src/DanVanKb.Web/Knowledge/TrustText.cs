using DanVanKb.Core.Checking;

namespace DanVanKb.Web.Knowledge;

/// <summary>How far to trust a document's citation, in Vietnamese, from the same evidence as
/// <see cref="TrustNote.For"/>: how many reports cite it, how many of the dated mentions agree on its
/// date and why that date was chosen, and the other dates written.</summary>
public static class TrustText
{
    public static string For(KnownDocument d)
    {
        var basis = $"Được {d.Reports} báo cáo trích dẫn";
        var dated = d.Variants.Where(v => v.Date is not null).ToList();
        if (dated.Count == 0 || d.Date is null) return $"{basis}; chưa báo cáo nào ghi ngày ban hành.";
        var head = $"{basis}; {d.MentionsWriting(d.Date)}/{d.DatedMentions} lần ghi ngày ghi {d.Date.ToVietnamese()} ({d.DateReason})";
        var others = dated.Where(v => !Equals(v.Date, d.Date)).GroupBy(v => v.Date!)
            .Select(g => $"{g.Key.ToVietnamese()} ({g.Sum(v => v.Count)} lần)").ToList();
        return others.Count == 0 ? head + "." : $"{head}; cũng có nơi ghi {string.Join(", ", others)}.";
    }
}
