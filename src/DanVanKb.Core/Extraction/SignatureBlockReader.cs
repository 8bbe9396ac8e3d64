using System.Text.RegularExpressions;

using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>Reads a report's signature block: "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" (the role and the signing body),
/// the signer's name, and a digital signature's "Cơ quan:" and "Thời gian ký:" lines.</summary>
internal static partial class SignatureBlockReader
{
    [GeneratedRegex(@"^(?:T/M|TM\.?|KT\.?|Q\.|TL\.?|TUQ\.?)\s+(?<body>.+)$")]
    private static partial Regex SignatureRole();

    [GeneratedRegex(@"^Cơ quan\s*:\s*(?<iss>.+)$")]
    private static partial Regex SignedBy();

    [GeneratedRegex(@"^Thời gian ký\s*:\s*(?<d>\d{1,2}/\d{1,2}/\d{4})")]
    private static partial Regex SigningTime();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")]
    private static partial Regex PersonName();

    public static (string? Role, string? Signer, string? SignedBy, PartialDate? SignedOn) Read(IReadOnlyList<Block> paragraphs)
    {
        string? role = null, signer = null, signedBy = null;
        PartialDate? signedOn = null;
        var tail = paragraphs.Skip(Math.Max(0, paragraphs.Count - 16)).ToList();
        for (var i = 0; i < tail.Count; i++)
        {
            var t = tail[i].Text.Text.Trim();
            if (SignatureRole().Match(t) is { Success: true })
            {
                role = t;
                if (i + 1 < tail.Count && ReportHeaderReader.IsUpper(tail[i + 1].Text.Text)) role += " " + tail[i + 1].Text.Text.Trim();
            }
            if (SignedBy().Match(t) is { Success: true } sb) signedBy = sb.Groups["iss"].Value.Trim();
            if (SigningTime().Match(t) is { Success: true } st) signedOn = DateParser.Parse(st.Groups["d"].Value);
        }
        if (role is not null)
        {
            var last = tail.LastOrDefault(p => PersonName().IsMatch(p.Text.Text.Trim()) && !ReportHeaderReader.IsUpper(p.Text.Text));
            signer = last?.Text.Text.Trim();
        }
        return (role, signer, signedBy, signedOn);
    }

    /// <summary>"T/M BAN THƯỜNG VỤ" names the body that signs; "TM. ỦY BAN NHÂN DÂN" likewise.</summary>
    public static string? SigningBody(string? role)
    {
        if (role is null) return null;
        var m = SignatureRole().Match(role);
        if (!m.Success) return null;
        // "KT. GIÁM ĐỐC" names a role, not a body: the number then says whose it is
        var body = Regex.Replace(m.Groups["body"].Value, @"(?:^|\s+)(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|GIÁM ĐỐC|TRƯỞNG|CHÁNH VĂN PHÒNG)(?:\s.*)?$", "");
        return body.Length > 0 ? body : null;
    }
}
