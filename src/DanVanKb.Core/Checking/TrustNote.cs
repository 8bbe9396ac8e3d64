namespace DanVanKb.Core.Checking;

/// <summary>How far to trust a canonical citation: how many reports agree, and the alternatives seen.</summary>
public static class TrustNote
{
    public static string For(KnownDocument d)
    {
        var dated = d.Variants.Where(v => v.Date is not null).ToList();
        var agree = d.MentionsWriting(d.Date);
        var basis = d.Reports == 1 ? "cited by 1 report" : $"cited by {d.Reports} reports";
        if (dated.Count == 0) return $"{basis}; no report states its date";
        var alternatives = dated.Where(v => !Equals(v.Date, d.Date)).Select(v => $"{v.Date!.ToVietnamese()} ({v.Count})").Distinct().ToList();
        var head = $"{basis}; {agree} of {d.DatedMentions} dated mentions write {d.Date?.ToVietnamese()} ({d.DateReason})";
        return alternatives.Count == 0 ? head : $"{head}; also written: {string.Join(", ", alternatives)}";
    }
}
