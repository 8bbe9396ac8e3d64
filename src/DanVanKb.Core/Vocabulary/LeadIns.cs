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
    /// is the group that matched. "căn cứ" may open a clause after a semicolon in lower case ("Thực hiện A; căn cứ
    /// B"), or with its breve dropped ("Can cứ", a slip no other word makes). "Trên cơ sở xem xét Tờ trình …" is a
    /// council's "Xét …", which states none.</summary>
    [GeneratedRegex(
        @"^(?:[^:;,.\n]{2,40}:\s*|" + SourceLabel + @"|[-+•*]\s*|(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*)?\W{0,3}" +
        @"(?:(?<based_on>[Cc][ăa]n cứ(?:\s+vào)?|Căn(?:\s+vào)?(?=\s+(?:công văn|văn bản|quyết định|nghị quyết|kế hoạch|hướng dẫn|thông tư|nghị định|chỉ thị)))" +
        @"|(?<continues>(?:Để |Nhằm )?[Tt]iếp tục (?:thực hiện|triển khai|quán triệt))" +
        @"|(?<implements>" + SeriouslyCarryingOut + @"|Thực hiện|Triển khai thực hiện|Triển khai|Quán triệt(?:,? triển khai(?: thực hiện)?)?|Để (?:triển khai |tổ chức )?(?:thực hiện|cụ thể hóa|cụ thể hoá)|Nhằm (?:cụ thể hóa|cụ thể hoá|triển khai|thực hiện)|Cụ thể hóa|Cụ thể hoá|Trên cơ sở(?!\s+(?:xem xét|đề nghị|ý kiến))|Thi hành))(?![\p{L}])")]
    public static partial Regex Opening();

    /// <summary>"Nghiêm túc thực hiện chỉ đạo … tại Thông báo số 31/TB-VPCP …, Chủ tịch UBND huyện vừa có công văn …": the
    /// lead-in with its manner before it.</summary>
    public const string SeriouslyCarryingOut = "(?:Nghiêm túc|Nghiêm chỉnh) thực hiện";

    /// <summary>How a lead-in's verb is to be carried out, right after it: "Nhằm thực hiện có chất lượng, hiệu quả các nhiệm
    /// vụ …", "Thực hiện nghiêm túc, có hiệu quả Nghị quyết …". Its commas join manners, not clauses.</summary>
    [GeneratedRegex(@"^\s*(?:(?:có\s+)?(?:chất lượng|hiệu quả|hiệu lực|tốt|nghiêm túc|nghiêm|đồng bộ|kịp thời|toàn diện|đầy đủ|thắng lợi|thiết thực|quyết liệt|sâu rộng)(?![\p{L}])(?:\s*,\s*|\s+và\s+|\s+)?)+")]
    public static partial Regex Manner();

    /// <summary>What opens a sentence that goes on from the one before: "Trên tinh thần đó, …", "Trên cơ sở đó, …", "Theo đó, …".</summary>
    [GeneratedRegex(@"^\s*(?:Trên (?:tinh thần|cơ sở) (?:đó|này|trên)|Theo đó|Từ đó|Qua đó)\s*,\s*")]
    public static partial Regex Sequel();

    /// <summary>A lead-in in what a news item reports someone said: "Văn phòng Tỉnh ủy cho biết, thực hiện Quy định số
    /// 11-QĐi/TW …", "ông A cho hay: tiếp tục thực hiện …". Tried where <see cref="Opening"/> fails, at the lead-in.</summary>
    [GeneratedRegex(@"\G(?<=(?<![\p{L}])(?:cho biết|cho hay)\s*[,:]\s*)(?:(?<continues>tiếp tục (?:thực hiện|triển khai|quán triệt))|(?<implements>thực hiện|triển khai thực hiện|triển khai|quán triệt))(?![\p{L}])")]
    public static partial Regex ReportedOpening();

    /// <summary>The news outlet's mark before an item's first sentence: "BHG - ", "(BDK) – ", "CTTĐT - ".</summary>
    public const string SourceLabel = @"\(?\p{Lu}{2,8}\)?\s*[-–]\s*";

    /// <summary>A heading that opens a list of legal bases on the lines below it: "I. CĂN CỨ LẬP KẾ HOẠCH",
    /// "1. Căn cứ pháp lý", "CĂN CỨ XÂY DỰNG KẾ HOẠCH:".</summary>
    [GeneratedRegex(@"^(?:(?:[IVX]+|\d{1,2}|[A-Z])[.)]\s*)?(?:CĂN CỨ(?:\s+\p{Lu}+){0,6}|Căn cứ (?:pháp lý|xây dựng|ban hành|lập)(?:\s+\p{Ll}+){0,4})\s*[:\-–]?\s*")]
    public static partial Regex BasisHeading();

    /// <summary>A heading over the text's own purposes, alone on its line: "1. Mục đích", "I. MỤC ĐÍCH, YÊU CẦU",
    /// "a) Mục đích:". A lead-in in the paragraphs under it speaks for the text, as its preamble's does.</summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:[IVX]+|\d{1,2}|[a-zđ])\s*[.)]\s*)?(?:MỤC ĐÍCH|Mục đích)(?:\s*(?:,|và)\s*(?:YÊU CẦU|yêu cầu))?\s*[:.,]?\s*$")]
    public static partial Regex PurposeHeading();

    /// <summary>What joins the items of a governed list: punctuation, "và", a repeated lead-in ("và triển khai",
    /// "; 5 năm thực hiện", "; đánh giá 2 năm thực hiện",
    /// "; căn cứ", "và trên cơ sở"), "và chỉ đạo của UBND tỉnh tại" (or after "; "), "nhất là", a label over a sub-list ("; các
    /// Nghị quyết của Hội đồng nhân dân tỉnh: số"), an item named and then cited in brackets ("và Kết luận của Bộ Chính
    /// trị (Thông báo số …)"), each possibly before "các" or "số". Read from the right, as the
    /// other patterns anchored at the end: tried at the end only, not wherever a joiner's first word could start.</summary>
    [GeneratedRegex(
        @"(?:[,;:]|(?<![\p{L}])(?:và|cùng|hoặc|nhất là|đặc biệt là|trong đó có|gồm|như)|\s[-–+•]" +
        @"|(?:(?<![\p{L}])và|[,;])\s*(?:trên cơ sở|[Cc]ăn cứ(?:\s+vào)?|Căn(?:\s+vào)?|(?:(?:sơ kết|tổng kết|đánh giá)\s+)?(?:\d+\s+năm\s+)?(?:triển khai(?:\s+thực hiện)?|thực hiện)|quán triệt)" +
        @"|(?:(?<![\p{L}])và|[,;])\s*(?:ý kiến\s+)?chỉ đạo của [^,;:]{2,60}?\s+(?:tại|theo))" +
        @"\s*(?:(?:các|với|vào|theo)\s+)?(?:(?:các\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+của\s+[^,;:()]{2,60}?)?\s*[:(]\s*)?(?:số\s*:?\s*)?$", RegexOptions.RightToLeft)]
    public static partial Regex ListJoiner();

    /// <summary>A named document issued with the citation right after it: "Quy chế quản lý … (ban hành kèm theo
    /// Quyết định số …": what governs the name governs the decision that issued it.</summary>
    [GeneratedRegex(@"\(\s*(?:được\s+)?(?:ban hành\s+)?kèm theo\s*$")]
    public static partial Regex IssuedWithNext();

    /// <summary>How long such a name may run between a lead-in or a list's last item and the citation.</summary>
    public const int MaxIssuedWithName = 240;

    /// <summary>A second verb joined to "ban hành": "đã ban hành và tích cực chỉ đạo thực hiện hiệu quả Nghị quyết
    /// số …" still issues the document named next.</summary>
    public const string AndCarriesOut =
        @"(?:và\s+(?:(?:tích cực|kịp thời|khẩn trương)\s+)?(?:(?:chỉ đạo|tổ chức|triển khai)\s+)?thực hiện(?:\s+(?:có\s+)?(?:hiệu quả|nghiêm túc))?\s+)?";

    /// <summary>An acting clause right before the document it issues: a subject (or "đã" after a subject named
    /// earlier), then a verb ("…, UBND huyện Bạch Thông đã xây dựng, ban hành Kế hoạch …", "…; Đảng ủy xã xây
    /// dựng kế hoạch …", "…, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn …", "UBND thành phố: Thực hiện
    /// …, đã ban hành Chỉ thị …", "… đã ban hành và tích cực chỉ đạo thực hiện hiệu quả Nghị quyết …"). The
    /// subject must name a body and hold no title's "về"/"việc" (<see cref="IsSubject"/>): "… Bộ Lao động, Thương
    /// binh và Xã hội về việc triển khai …" is a title, not a clause.</summary>
    [GeneratedRegex(
        @"^\s*(?:[Nn]gày\s+[\d/.\-]+\s*,?\s*)?(?:(?:đồng thời|và)\s+|(?<subject>(?:\p{Lu}|các\s)[^,;:()“”""]{0,120}?\s+)|(?=(?:đã|vừa)\s))" +
        @"(?:(?:đã|vừa|đã kịp thời|kịp thời|tiếp tục|cũng|sẽ|chỉ đạo)\s+)*" +
        @"(?:(?:xây dựng|nghiên cứu|tham mưu)(?:,?\s+và)?,?\s+)?(?:ban hành|xây dựng|triển khai|ký ban hành|ký kết|ký|có|phát hành|ra)\s*" +
        AndCarriesOut + IssuedThrough +
        @"(?:(?:các|kèm theo|văn bản|và|thực hiện)\s+){0,3}$")]
    public static partial Regex ActingClause();

    /// <summary>A document issued without a number of its own, through the decision cited next: "… UBND tỉnh ban hành Kế
    /// hoạch cải cách hành chính năm 2012 theo Quyết định số 310/QĐ-UBND", "… ban hành Quy chế … kèm theo Quyết định số …".
    /// Only after "ban hành": "xây dựng Kế hoạch … theo Quyết định …" follows that decision, it does not issue it.</summary>
    private const string IssuedThrough =
        @"(?:(?<=ban hành\s+)(?:Kế hoạch|Chương trình(?: hành động)?|Quy chế|Quy định|Đề án|Điều lệ)\s+[^,;:()“”""]{0,120}?\s+(?:kèm theo|tại|theo)\s+(?=$))?";

    /// <summary>The longest clause that can be an acting clause: a body's name and a verb.</summary>
    public const int MaxActingClause = 200;

    /// <summary>An acting clause whose subject (if it has one) names a body and is not a title.</summary>
    public static bool IsActing(string clause)
    {
        if (clause.Length > MaxActingClause) return false;
        var m = ActingClause().Match(clause);
        return m.Success && (!m.Groups["subject"].Success || IsSubject(m.Groups["subject"].Value));
    }

    private static bool IsSubject(string subject) => BodyWord().IsMatch(subject) && !TitleWord().IsMatch(subject);

    /// <summary>The words a body's name is built on.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Thị ủy|Quận ủy|Đảng ủy|Đảng uỷ|Ban|BTV|BCH|Bộ|Sở|Phòng|Chủ tịch|Thường trực|Chi bộ|Công an|Mặt trận|MTTQ|Chính phủ|Thủ tướng|Quốc hội|Văn phòng|Trung tâm|Đoàn|Hội|Cục|Chi cục|Thanh tra|Khối|Đảng đoàn|Liên đoàn|Tổng cục|Trường|cơ quan|sở|địa phương|đơn vị)(?![\p{L}])")]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:về|việc)(?![\p{L}])")]
    private static partial Regex TitleWord();

    /// <summary>Where a clause begins inside a gap: after its last comma or semicolon (a comma that only joins
    /// two verbs, "xây dựng, ban hành", does not count).</summary>
    [GeneratedRegex(@"[,;](?!\s*(?:ban hành|bổ sung|triển khai|ký)(?![\p{L}]))")]
    public static partial Regex ClauseBreak();

    /// <summary>The text speaks of itself: "… báo cáo kết quả như sau:", "Quyết định này".</summary>
    public static bool SpeaksOfItself(string text) =>
        SelfMarkerAtEnd().IsMatch(text) || SelfMarkerWords().IsMatch(text) || ThisDocument().IsMatch(text);

    /// <summary>"… như sau:", "… cụ thể:" closing the text. Read from the right, the end anchor is tried once, not
    /// at every "n", "c", "d" and "s" of a sentence.</summary>
    [GeneratedRegex(@"(?:như|cụ thể|dưới đây|sau đây)\s*(?:sau)?\s*:?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex SelfMarkerAtEnd();

    [GeneratedRegex(@"(?<![\p{L}])(?:như sau|sau đây)(?![\p{L}])")]
    private static partial Regex SelfMarkerWords();

    /// <summary>"Quyết định này", "văn bản này": the scan looks for " này" and only then at the word before it.</summary>
    [GeneratedRegex(@"(?<=(?:Kế hoạch|kế hoạch|Quyết định|quyết định|Nghị quyết|nghị quyết|Chỉ thị|chỉ thị|Quy chế|quy chế|Quy định|quy định|Chương trình|chương trình|Hướng dẫn|hướng dẫn|Thông báo|thông báo|Báo cáo|báo cáo|Công văn|công văn|văn bản)) này(?![\p{L}])")]
    private static partial Regex ThisDocument();

    /// <summary>A verb that issues a document with no number after it ("…, UBND huyện ban hành Kế hoạch triển khai
    /// …", "… xây dựng và triển khai thực hiện kế hoạch phối hợp"); "về việc ban hành Quy chế …" in a title is not
    /// one, nor a field of work named in a title ("… bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật").</summary>
    [GeneratedRegex(@"(?<!(?:về|việc|về việc|công tác)\s)(?<![\p{L}])(?:ban hành|xây dựng|ký)(?:\s+và\s+(?:triển khai|tổ chức)(?:\s+thực hiện)?)?\s+(?<type>\p{L}+(?:\s+\p{L}+)?)(?!\s+(?:số|này))", RegexOptions.IgnoreCase)]
    public static partial Regex IssuesUnnumbered();

    /// <summary>What the event a news item tells of does, in a sentence about the event ("hội nghị", "buổi sinh
    /// hoạt", a document the item does not number): "tổ chức hội nghị quán triệt …", "Huyện ủy tổ chức tổng kết 10 năm
    /// thực hiện …", "Hội nghị đã thông qua báo cáo sơ kết thực hiện …", "Hội nghị được nghe đồng chí … truyền đạt về
    /// …", "các đồng chí dự hội nghị đã được quán triệt …", "Tại hội nghị, các đại biểu nghiên cứu nội dung …", "vừa ban hành Kế hoạch tổng kết 10 năm thực hiện …", "Dịp này, huyện còn sơ kết 8 năm thực hiện …",
    /// a review the conference discussed ("Hội nghị đã tập trung thảo luận, cho ý kiến về nội dung Tổng kết 10 năm thực
    /// hiện …"), and a clause after a semicolon ("…; triển khai thực hiện Thông báo …").</summary>
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:[Hh]ội nghị,?|đã|được|còn|cũng)\s+(?:\p{Ll}+\s+){0,8}?|(?<![\p{L}])tổ chức\s+(?=sơ kết|tổng kết)|;\s*|" + IssuedUnnumbered + "|" + ConferenceHeard + "|" + Discussed +
        @")(?<cue>quán triệt|triển khai|học tập|nghiên cứu|sơ kết|tổng kết|truyền đạt|(?<=" + Discussed + @")(?:Sơ kết|Tổng kết))(?![\p{L}])")]
    public static partial Regex OwnAct();

    /// <summary>A title that opens on amending or replacing: "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA …", "Về việc thay thế …",
    /// "VỀ SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG …".</summary>
    [GeneratedRegex(@"^\W*(?:(?:về việc|về|v/v)\s+)?(?:(?<amends>sửa đổi(?:,?\s*bổ sung)?)|(?<replaces>thay thế))(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex TitleSupersedes();

    /// <summary>Years of carrying out looked back on, right before the act: "qua 10 năm ", "sau hơn một năm tổ chức ".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Qq]ua|[Ss]au)" + YearsSpan + @"(?:tổ chức\s+)?$")]
    public static partial Regex OverYears();

    /// <summary>A span of years after "Sau" or "Qua": " 5 năm ", " hơn một năm ".</summary>
    private const string YearsSpan = @"\s+(?:hơn\s+)?(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+";

    /// <summary>What a conference says of a review put before it: "thảo luận, cho ý kiến về nội dung", "góp ý vào dự thảo".</summary>
    private const string Discussed = @"(?<![\p{L}])(?:thảo luận|cho ý kiến|góp ý)(?:,?\s+(?:và\s+)?(?:thảo luận|cho ý kiến|góp ý))?\s+(?:(?:vào|về)\s+)?(?:(?:nội dung|dự thảo|các báo cáo|báo cáo)\s+)?";

    /// <summary>A sentence about the conference that names who spoke before what they conveyed: "Hội nghị được nghe đồng
    /// chí Vũ Văn Diệu - Bí thư Đảng ủy, Chủ tịch UBND xã truyền đạt về Nghị quyết số 42-NQ/TW …".</summary>
    private const string ConferenceHeard = @"(?<=^\W{0,3}(?:Tại\s+)?[Hh]ội nghị(?![\p{L}])[^.;:]{0,160}?\s)";

    /// <summary>A paragraph that spells out documents counted above it: "Cụ thể: Nghị quyết số 27-NQ/TW …", "Gồm: …", "06 Nghị
    /// quyết của Ban Chấp hành Đảng bộ Tỉnh gồm: …".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:Cụ thể|Gồm|Bao gồm|Đó là|\d{1,2}\s+(?i:nghị quyết|kết luận|chỉ thị|quy định|văn bản)(?![\p{L}])[^:;.]{0,80}?\s(?:gồm|bao gồm))\s*:")]
    public static partial Regex SpellsOut();

    /// <summary>Documents counted rather than cited, right after an act: "… triển khai 3 nghị quyết và 1 kết luận của Hội
    /// nghị lần thứ sáu …", "… quán triệt các nghị quyết, kết luận …", "… học tập, quán triệt, triển khai các Nghị quyết,
    /// Kết luận chuyên đề …".</summary>
    [GeneratedRegex(@"^\s*(?:,?\s*\p{Ll}+(?![\p{L}])){0,4}?\s+(?:\d{1,2}|các)\s+(?i:nghị quyết|kết luận|chỉ thị|quy định|văn bản)(?![\p{L}])")]
    public static partial Regex Counted();

    /// <summary>A news item about a document it does not number: "Tỉnh ủy Nghệ An vừa ban hành Kế hoạch tổng kết 10
    /// năm thực hiện Nghị quyết …", "Huyện ủy có Kế hoạch tổ chức quán triệt …".</summary>
    private const string IssuedUnnumbered =
        @"(?<![\p{L}])(?:ban hành|có|xây dựng)\s+(?<doc>Kế hoạch|Chỉ thị|Hướng dẫn|Chương trình|Đề án|Công văn|Thông báo)\s+(?:\p{Ll}+\s+){0,2}?";

    /// <summary>The event itself: a conference, a review held ("tổ chức tổng kết"), a study session, the occasion of one
    /// ("Dịp này"), or the unnumbered document the item tells of.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:[Hh]ội nghị|tổ chức\s+(?:sơ kết|tổng kết)|(?:[Nn]hân\s+)?[Dd][ịi]p này|[Bb]uổi (?:sinh hoạt|làm việc|học tập)|[Ll]ớp (?:học tập|bồi dưỡng|tập huấn)|[Ss]inh hoạt chuyên đề)(?![\p{L}])|" + IssuedUnnumbered)]
    public static partial Regex Event();

    /// <summary>The text reporting on what it reviews: "Bộ … tổng hợp và báo cáo kết quả thực hiện Nghị quyết 30a
    /// 6 tháng đầu năm 2010 như sau:".</summary>
    [GeneratedRegex(@"(?<![\p{L}])báo cáo (?:kết quả|tình hình)(?:\s+\p{Ll}+){0,3}?\s+(?:thực hiện|triển khai)(?![\p{L}])")]
    public static partial Regex ReportsOn();

    /// <summary>A report's heading over what it reviews: "6. Kết quả thực hiện Nghị quyết X, Nghị quyết Y, Kế hoạch
    /// Z", "II. KẾT QUẢ TRIỂN KHAI …", "a) Sơ kết …".</summary>
    [GeneratedRegex(@"^\s*(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)]\s+(?:\p{L}+\s+){0,3}?(?:[Kk]ết quả|KẾT QUẢ|[Tt]ình hình|TÌNH HÌNH)(?:\s+\p{L}+){0,3}?\s+(?:thực hiện|triển khai|THỰC HIỆN|TRIỂN KHAI)(?![\p{L}])")]
    public static partial Regex ReviewHeading();

    /// <summary>A plan's heading over its assessment of what came before: "I. Đánh giá tình hình thực hiện Kế hoạch số
    /// 14/KH-UBND …", "1. ĐÁNH GIÁ KẾT QUẢ TRIỂN KHAI THỰC HIỆN …".</summary>
    [GeneratedRegex(@"^\s*(?:[IVX]+|\d{1,2})\s*[.)]\s+(?:Đánh giá|ĐÁNH GIÁ)\s+(?:(?:kết quả|tình hình|KẾT QUẢ|TÌNH HÌNH)\s+)?(?:(?:triển khai|TRIỂN KHAI)\s+)?(?:thực hiện|THỰC HIỆN)(?![\p{L}])")]
    public static partial Regex AssessmentHeading();

    /// <summary>A request to go on carrying out "the documents above": "… đề nghị các đơn vị tiếp tục thực hiện các văn bản
    /// chỉ đạo trên và …", "tiếp tục thực hiện nghiêm các văn bản nêu trên.". Not "các văn bản trên địa bàn", "trên cơ sở".</summary>
    [GeneratedRegex(@"(?<![\p{L}])[Tt]iếp tục (?:triển khai\s+)?(?:thực hiện|quán triệt)(?:\s+(?:nghiêm túc|nghiêm|tốt|có hiệu quả))?\s+(?:các|những)\s+(?:văn bản|công văn|chỉ thị|nghị quyết|kết luận|kế hoạch|quyết định|hướng dẫn)(?:\s+chỉ đạo)?\s+(?:nêu\s+|kể\s+)?trên(?=\s*(?:[,.;:)]|$)|\s+(?:và|để|nhằm|đồng thời)(?![\p{L}]))")]
    public static partial Regex ContinuesAbove();

    /// <summary>How an article that tells what came of a document opens: "Sau 5 năm thực hiện Chương trình hành động số
    /// 07-CTr/TU …", "Qua 10 năm triển khai thực hiện Nghị quyết …", "Nhìn lại 05 năm thực hiện Kết luận …". Not "Sau 5
    /// năm, …" alone.</summary>
    [GeneratedRegex(@"^\W{0,3}(?:Sau|Qua|Nhìn lại(?:\s+chặng đường)?)" + YearsSpan + @"(?:(?:tổ chức|triển khai)\s+)?(?:thực hiện|triển khai)(?![\p{L}])")]
    public static partial Regex ReviewOpening();

    /// <summary>A report's directions: "Tiếp tục thực hiện tốt …, nhất là Nghị quyết X", "- Tiếp tục quán triệt …".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*)?Tiếp tục\s+(?:\p{Ll}+[\s,]+){0,6}?(?:thực hiện|quán triệt|triển khai)(?![\p{L}])")]
    public static partial Regex Directions();

    /// <summary>What opens a list far from its cue: "…, nhất là Nghị quyết X".</summary>
    [GeneratedRegex(@"(?:nhất là|đặc biệt là|trong đó có|trọng tâm là)\s*(?:các\s+)?$", RegexOptions.RightToLeft)]
    public static partial Regex ListOpener();

    /// <summary>A request or task, not an act: "yêu cầu các cấp ủy quán triệt …", "đề nghị … tổ chức thực hiện …". A
    /// "Ban Chỉ đạo" is a body, not a request.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:yêu cầu|đề nghị|(?<!Ban\s)chỉ đạo|giao|đề ra|cần|phải|nhằm|để|sẽ|tiếp tục)(?![\p{L}])", RegexOptions.IgnoreCase)]
    public static partial Regex Request();

    /// <summary>An article of the text's own document that opens with its act: "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 của
    /// Quy chế …", "Điều 1. Bổ sung 04 thủ tục hành chính vào Bộ thủ tục hành chính …", "Điều 2. Thay thế Phụ lục …".</summary>
    [GeneratedRegex(@"^\W{0,3}Điều\s+\d{1,2}[a-z]?\s*[.:]\s*(?<act>(?<replaces>Thay thế)|(?<amends>Sửa đổi,?\s*bổ sung|Bổ sung,?\s*sửa đổi|Sửa đổi|Bổ sung|Điều chỉnh,?\s*bổ sung|Điều chỉnh))(?![\p{L}])")]
    public static partial Regex OwnArticleAct();

    /// <summary>A line that says what it stands under was issued with, or attached to, the citation after it: "(Ban hành kèm
    /// theo Quyết định số …", "(Kèm theo Kế hoạch số …", "Được ban hành kèm theo …".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:[Đđ]ược\s+)?(?:[Bb]an hành\s+)?[Kk]èm theo\s+")]
    public static partial Regex IssuedWithLine();

    /// <summary>An article of the text's own document that approves or issues what is attached to it: "Điều 1. Phê duyệt Kế
    /// hoạch thực hiện Đề án …", "Điều 1. Ban hành Quy chế …".</summary>
    [GeneratedRegex(@"^\W{0,3}Điều\s+\d{1,2}[a-z]?\s*[.:]\s*(?:Phê duyệt|Ban hành)(?![\p{L}])")]
    public static partial Regex OwnArticleIssues();

    /// <summary>How an article's act reaches the document it amends: through what was issued, announced or approved with
    /// it ("… được công bố kèm theo ", "… ban hành kèm theo "), through what belongs to it ("… của ", "… tại "), or
    /// directly ("Sửa đổi ", "Bổ sung một số điều của ").</summary>
    [GeneratedRegex(@"(?:(?:(?:được\s+)?(?:ban hành|công bố|phê duyệt)\s+)?kèm theo|(?<![\p{L}])(?:của|tại))\s*$|^\s*(?:một số (?:điều|nội dung)\s+(?:của\s+)?)?$")]
    public static partial Regex ArticleActReach();

    /// <summary>The text's own document named in its body as the one that replaces or amends: "Quyết định này có
    /// hiệu lực … và thay thế Quyết định số …", "… có hiệu lực sau 10 ngày kể từ ngày ký; thay thế Quyết định số …" (the
    /// semicolon joins a second predicate of the same subject), "Điều 2. Quyết định có hiệu lực … và thay thế …", "… đề nghị ban
    /// hành Nghị quyết … (thay thế Nghị quyết số …)".</summary>
    [GeneratedRegex(@"(?:(?<self>(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Quy chế|Quy định|Chương trình|Hướng dẫn|Thông báo|Công văn) này)|ban hành (?<type>Nghị quyết|Quyết định|Quy chế|Quy định|Chỉ thị|Kế hoạch|Chương trình)(?! số)|(?:^|(?<=Điều\s+\d+\.\s*))(?<type>Quyết định|Nghị quyết|Chỉ thị|Quy chế|Quy định)(?=\s+có hiệu lực))[^.;]{0,240}?(?:;\s*(?=(?:và\s+)?thay thế))?(?:và\s+)?\(?(?:(?<replaces>thay thế)|(?<amends>sửa đổi,? bổ sung))(?![\p{L}])")]
    public static partial Regex OwnSupersedes();

    /// <summary>The relation a matched lead-in states.</summary>
    public static RelationType TypeOf(Match m) =>
        m.Groups["based_on"].Success ? RelationType.BasedOn
        : m.Groups["continues"].Success ? RelationType.Continues
        : RelationType.Implements;
}
