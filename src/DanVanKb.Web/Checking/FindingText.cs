using DanVanKb.Core.Checking;

namespace DanVanKb.Web.Checking;

/// <summary>What a finding means, in Vietnamese, built from its fields and the document it names (the
/// English <see cref="Finding.Message"/> is for the CLI).</summary>
public static class FindingText
{
    public static string Heading(FindingKind kind) => kind switch
    {
        FindingKind.Correct => "Đúng",
        FindingKind.WrongDate => "Sai ngày",
        FindingKind.WrongSymbolForm => "Sai cách ghi số hiệu",
        FindingKind.WrongIssuer => "Sai cơ quan ban hành",
        FindingKind.WrongTypeWord => "Sai tên loại văn bản",
        FindingKind.Ambiguous => "Nhiều văn bản cùng số hiệu",
        FindingKind.Unknown => "Không có trong cơ sở dữ liệu",
        FindingKind.ShortBeforeFull => "Dùng tên tắt trước khi trích dẫn đầy đủ",
        FindingKind.ImpossibleRelation => "Quan hệ không thể có (văn bản ban hành trước văn bản nó thực hiện)",
        _ => kind.ToString(),
    };

    /// <summary>The detail after the heading; <paramref name="known"/> is the document the finding names, if one.</summary>
    public static string Detail(Finding f, KnownDocument? known)
    {
        var name = known is null ? null : known.Symbol ?? known.Type;
        return (f.Kind, known) switch
        {
            (FindingKind.Correct, { } k) => $"khớp với {CitationFormatter.Short(k)}{(k.Date is { } d ? " " + CitationFormatter.Date(d, CitationFormatter.IsParty(k)) : "")}.",
            (FindingKind.WrongDate, { Date: { } date } k) =>
                $"{name} ban hành ngày {date.ToVietnamese()}, không phải {WithoutDay(f.Written)} ({k.MentionsWriting(date)}/{k.DatedMentions} lần ghi).",
            (FindingKind.WrongSymbolForm, _) => $"ghi “{f.Written}”, đúng là “{f.Suggestion}”.",
            (FindingKind.WrongIssuer, { } k) => $"{name} do {k.Issuer} ban hành, không phải {f.Written}.",
            (FindingKind.WrongTypeWord, { } k) => $"{name} là {k.Type}, không phải {f.Written}.",
            (FindingKind.Ambiguous, _) => $"“{f.Written}” là số hiệu của {f.Documents.Count} văn bản; ghi thêm ngày ban hành để chỉ rõ văn bản nào.",
            (FindingKind.Unknown, _) => $"kho chưa có văn bản “{f.Written}”; hãy đối chiếu số hiệu, ngày với bản gốc.",
            (FindingKind.ShortBeforeFull, _) => $"“{f.Written}” là tên tắt; lần nhắc đầu tiên phải ghi đủ số, ký hiệu, ngày và cơ quan ban hành.",
            (FindingKind.ImpossibleRelation, _) => $"theo ngày đã ghi, văn bản thực hiện có trước văn bản được thực hiện: “{Clip(f.Written)}”.",
            _ => f.Message,
        };
    }

    private static string WithoutDay(string written) =>
        written.StartsWith("ngày ", StringComparison.OrdinalIgnoreCase) ? written["ngày ".Length..] : written;

    private static string Clip(string s) => s.Length <= 160 ? s : s[..159] + "…";
}
