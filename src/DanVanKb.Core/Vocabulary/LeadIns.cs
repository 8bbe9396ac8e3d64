using System.Text.RegularExpressions;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Vocabulary;

/// <summary>The words of the lead-in grammar (domain.md, "Relations the graph records"), as data: the lead-in
/// that opens a clause and governs a list ("Căn cứ", "Thực hiện", "Nhằm cụ thể hóa", "Trên cơ sở"), what joins
/// the list, the acting clause that issues documents ("…, UBND huyện ban hành Kế hoạch …"), and the words by
/// which a text points at itself ("… như sau:", "Quyết định này").</summary>
public static partial class LeadIns
{
    /// <summary>A lead-in at the start of a clause, after an optional label ("BDK - ", "1.", "- "); its relation
    /// is the group that matched.</summary>
    [GeneratedRegex(
        @"^(?:[^:;,.\n]{2,40}:\s*|\(?\p{Lu}{2,8}\)?\s*[-–]\s*|[-+•*]\s*|(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*)?\W{0,3}" +
        @"(?:(?<based_on>Căn cứ(?:\s+vào)?|Căn(?:\s+vào)?(?=\s+(?:công văn|văn bản|quyết định|nghị quyết|kế hoạch|hướng dẫn|thông tư|nghị định|chỉ thị)))" +
        @"|(?<continues>Tiếp tục (?:thực hiện|triển khai|quán triệt))" +
        @"|(?<implements>Thực hiện|Triển khai thực hiện|Triển khai|Quán triệt(?:,? triển khai(?: thực hiện)?)?|Để (?:triển khai |tổ chức )?(?:thực hiện|cụ thể hóa|cụ thể hoá)|Nhằm (?:cụ thể hóa|cụ thể hoá|triển khai|thực hiện)|Cụ thể hóa|Cụ thể hoá|Trên cơ sở|Thi hành))(?![\p{L}])")]
    public static partial Regex Opening();

    /// <summary>A heading that opens a list of legal bases on the lines below it: "I. CĂN CỨ LẬP KẾ HOẠCH",
    /// "1. Căn cứ pháp lý", "CĂN CỨ XÂY DỰNG KẾ HOẠCH:".</summary>
    [GeneratedRegex(@"^(?:(?:[IVX]+|\d{1,2}|[A-Z])[.)]\s*)?(?:CĂN CỨ(?:\s+\p{Lu}+){0,6}|Căn cứ (?:pháp lý|xây dựng|ban hành|lập)(?:\s+\p{Ll}+){0,4})\s*[:\-–]?\s*")]
    public static partial Regex BasisHeading();

    /// <summary>What joins the items of a governed list: punctuation, "và", a repeated "căn cứ", "nhất là".</summary>
    [GeneratedRegex(@"(?:[,;:]|(?<![\p{L}])(?:và|cùng|hoặc|[Cc]ăn cứ(?:\s+vào)?|Căn(?:\s+vào)?|trên cơ sở|nhất là|đặc biệt là|trong đó có|gồm|như)|\s[-–+•])\s*(?:(?:các|với|vào|theo)\s+)?$")]
    public static partial Regex ListJoiner();

    /// <summary>An acting clause right before the document it issues: a subject (or "đã" after a subject named
    /// earlier), then a verb ("…, UBND huyện Bạch Thông đã xây dựng, ban hành Kế hoạch …", "…; Đảng ủy xã xây
    /// dựng kế hoạch …", "UBND thành phố: Thực hiện …, đã ban hành Chỉ thị …").</summary>
    [GeneratedRegex(
        @"^\s*(?:(?:đồng thời|và)\s+|(?<subject>\p{Lu}[^,;:()“”""]{0,90}?\s+)|(?=(?:đã|vừa)\s))(?:(?:đã|vừa|đã kịp thời|kịp thời|tiếp tục|cũng|sẽ|chỉ đạo)\s+)*" +
        @"(?:(?:xây dựng|nghiên cứu|tham mưu)(?:,?\s+và)?,?\s+)?(?:ban hành|xây dựng|triển khai|ký ban hành|ký kết|ký|có|phát hành)\s*(?:(?:các|kèm theo|văn bản|và|thực hiện)\s+){0,3}$")]
    public static partial Regex ActingClause();

    /// <summary>Where a clause begins inside a gap: after its last comma or semicolon (a comma that only joins
    /// two verbs, "xây dựng, ban hành", does not count).</summary>
    [GeneratedRegex(@"[,;](?!\s*(?:ban hành|bổ sung|triển khai|ký)(?![\p{L}]))")]
    public static partial Regex ClauseBreak();

    /// <summary>The text speaks of itself: "… báo cáo kết quả như sau:", "Quyết định này".</summary>
    [GeneratedRegex(@"(?:như|cụ thể|dưới đây|sau đây)\s*(?:sau)?\s*:?\s*$|(?<![\p{L}])(?:như sau|sau đây)(?![\p{L}])|(?:Kế hoạch|kế hoạch|Quyết định|quyết định|Nghị quyết|nghị quyết|Chỉ thị|chỉ thị|Quy chế|quy chế|Quy định|quy định|Chương trình|chương trình|Hướng dẫn|hướng dẫn|Thông báo|thông báo|Báo cáo|báo cáo|Công văn|công văn|văn bản) này(?![\p{L}])")]
    public static partial Regex SelfMarker();

    /// <summary>A clause whose subject issues a document with no number ("…, UBND huyện ban hành Kế hoạch triển
    /// khai …"); "về việc ban hành Quy chế …" in a title has no subject and is not one.</summary>
    [GeneratedRegex(@"^\s*\p{Lu}[^,;:()“”""]{0,90}?\s(?:(?:đã|vừa|cũng|sẽ)\s+)*(?:(?:xây dựng|nghiên cứu)(?:\s+và)?\s+)?(?:ban hành|xây dựng|ký)\s+(?<type>\p{L}+(?:\s+\p{L}+)?)")]
    public static partial Regex IssuesUnnumbered();

    /// <summary>What the event a news item tells of does, in a sentence about the event ("hội nghị", "buổi sinh
    /// hoạt"): "tổ chức hội nghị quán triệt …", "Hội nghị đã thông qua báo cáo sơ kết thực hiện …", "các đồng chí
    /// dự hội nghị đã được quán triệt …", and a clause after a semicolon ("…; triển khai thực hiện Thông báo …").</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:[Hh]ội nghị|đã|được)\s+(?:\p{Ll}+\s+){0,4}?|;\s*)(?<cue>quán triệt|triển khai|học tập|sơ kết|tổng kết)(?![\p{L}])")]
    public static partial Regex OwnAct();

    /// <summary>The event itself: a conference, a study session.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Hh]ội nghị|[Bb]uổi (?:sinh hoạt|làm việc|học tập)|[Ll]ớp (?:học tập|bồi dưỡng|tập huấn)|[Ss]inh hoạt chuyên đề)(?![\p{L}])")]
    public static partial Regex Event();

    /// <summary>The text reporting on what it reviews: "Bộ … tổng hợp và báo cáo kết quả thực hiện Nghị quyết 30a
    /// 6 tháng đầu năm 2010 như sau:".</summary>
    [GeneratedRegex(@"(?<![\p{L}])báo cáo (?:kết quả|tình hình)(?:\s+\p{Ll}+){0,3}?\s+(?:thực hiện|triển khai)(?![\p{L}])")]
    public static partial Regex ReportsOn();

    /// <summary>A request or task, not an act: "yêu cầu các cấp ủy quán triệt …", "đề nghị … tổ chức thực hiện …".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:yêu cầu|đề nghị|chỉ đạo|giao|đề ra|cần|phải|nhằm|để|sẽ|tiếp tục)(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex Request();

    /// <summary>The text's own document named in its body as the one that replaces or amends: "Quyết định này có
    /// hiệu lực … và thay thế Quyết định số …", "… đề nghị ban hành Nghị quyết … (thay thế Nghị quyết số …)".</summary>
    [GeneratedRegex(@"(?:(?<self>(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Quy chế|Quy định|Chương trình|Hướng dẫn|Thông báo|Công văn) này)|ban hành (?<type>Nghị quyết|Quyết định|Quy chế|Quy định|Chỉ thị|Kế hoạch|Chương trình)(?! số))[^.;]{0,240}?\(?(?:(?<replaces>thay thế)|(?<amends>sửa đổi,? bổ sung))(?![\p{L}])")]
    public static partial Regex OwnSupersedes();

    /// <summary>The relation a matched lead-in states.</summary>
    public static RelationType TypeOf(Match m) =>
        m.Groups["based_on"].Success ? RelationType.BasedOn
        : m.Groups["continues"].Success ? RelationType.Continues
        : RelationType.Implements;
}
