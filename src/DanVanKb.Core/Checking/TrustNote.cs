namespace DanVanKb.Core.Checking;

/// <summary>How far to trust a canonical citation, in the writers' language: how many reports cite it, how
/// many of the dated mentions agree, and the alternatives seen.</summary>
public static class TrustNote
{
    public static string For(KnownDocument d)
    {
        var dated = d.Variants.Where(v => v.Date is not null).ToList();
        var agree = d.MentionsWriting(d.Date);
        var basis = $"{d.Reports} báo cáo trích dẫn";
        if (dated.Count == 0) return $"{basis}; không báo cáo nào ghi ngày ban hành";
        var alternatives = dated.Where(v => !Equals(v.Date, d.Date)).GroupBy(v => v.Date!)
            .Select(g => $"{g.Key.ToVietnamese()} ({g.Sum(v => v.Count)} lần)").ToList();
        var head = $"{basis}; {agree}/{d.DatedMentions} lần ghi ngày là {d.Date?.ToVietnamese()} ({d.DateReason})";
        return alternatives.Count == 0 ? head : $"{head}; còn ghi: {string.Join(", ", alternatives)}";
    }
}
