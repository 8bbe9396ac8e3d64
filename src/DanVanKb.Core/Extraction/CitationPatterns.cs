using System.Text.RegularExpressions;

using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Extraction;

/// <summary>The patterns around a symbol, in one place: the type word before it, the issuer phrase after
/// it, the title markers, a date stated before the document, short and named references.</summary>
internal static class CitationPatterns
{
    private static readonly string AllTypeWords = string.Join('|',
        DocumentTypes.All.SelectMany(t => t.Words).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>The type words written out (not their abbreviations), each starting with its capital: the capital is
    /// matched case-sensitively before the rest of the word, so a scan stops at capitals only, not at every "c",
    /// "n" or "t" of the text.</summary>
    private static readonly string CapitalisedFullTypeWords = string.Join('|',
        DocumentTypes.All.SelectMany(t => t.Words).Where(w => w.Length > 3).Distinct().OrderByDescending(w => w.Length)
            .GroupBy(w => char.ToUpperInvariant(w[0]))
            .Select(g => $"(?-i:{Regex.Escape(g.Key.ToString())})(?:{string.Join('|', g.Select(w => Regex.Escape(w[1..])))})"));

    /// <summary>The same words in lower case ("kết luận", "kế hoạch").</summary>
    private static readonly string LowerCaseFullTypeWords = string.Join('|',
        DocumentTypes.All.SelectMany(t => t.Words).Where(w => w.Length > 3).Select(w => w.ToLowerInvariant()).Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));

    private const string Qualifier = @"(?:\s+(?:hành động|phối hợp|liên tịch|hoạt động|công tác|liên ngành|liên bộ|chuyên đề))?";

    /// <summary>"Nghị quyết số ", "Kế hoạch kiểm tra số " or "CTrHĐ " right before a symbol: up to two
    /// lower-case words may qualify the type when "số" follows them (case-sensitive: in "hướng dẫn Nghị định số"
    /// the verb is no type of the decree's), and so may a lower-case mark in brackets ("Hướng dẫn (mật) số").</summary>
    public static readonly Regex TypeWordBefore = new(
        @"(?<![\p{L}])(?<tw>" + AllTypeWords + ")" + Qualifier + @"(?:(?-i:(?:\s+\p{Ll}+){1,2})(?=\s+(?:số|Số)))?(?:\s*\((?-i:\p{Ll}+(?:\s+\p{Ll}+)?)\)(?=\s*(?:số|Số)))?(?:\s*(?:số|Số|SỐ)\s*:?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"Nghị quyết số 25", "Chương trình hành động 43": a type and a bare number.</summary>
    public static readonly Regex ShortReference = new(
        @"(?<![\p{L}])(?<tw>" + CapitalisedFullTypeWords + ")" + Qualifier +
        @"\s+(?:số\s+)?" + ShortNumber,
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"Quyết định 25/2021", "Nghị định 30/2020", "thông tư 09/2021": a legal document the State numbers by year,
    /// named by its number and year without its type code. The year makes it a reference in either case; a full symbol
    /// goes on after the year ("25/2021/QĐ-TTg") and is no short reference.</summary>
    public static readonly Regex YearShortReference = new(
        @"(?<![\p{L}])(?<tw>Nghị định|Thông tư|Quyết định|Nghị quyết)\s+(?:số\s+)?(?<num>\d{1,5}[a-z]?)/(?:19|20)\d{2}(?![\d\p{L}/–-])",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>"kết luận số 61 của Ban Bí thư": a type written in lower case names a document only with "số" before
    /// its number. The scan looks for "số" (rare) and reads the type behind it, not for every lower-case type word.</summary>
    public static readonly Regex LowerCaseShortReference = new(
        @"số(?<=(?<![\p{L}])(?<tw>" + LowerCaseFullTypeWords + @")\s+số)\s+" + ShortNumber,
        RegexOptions.Compiled);

    /// <summary>A bare number, possibly with a letter suffix (30a), that is not a count ("5 năm", "3 lần"), a
    /// symbol's start (25-NQ/TW), a decimal or a day ("ngày" before a date is the citation's own date).</summary>
    private const string ShortNumber =
        @"(?<num>\d{1,5}(?:[a-z](?![\p{L}]))?)(?![\d\p{L}]|\s*[-/–]\s*[\p{L}\d]|[.,]\d|\s+(?:năm|tháng|ngày(?!\s+\d)|lần|đợt|kỳ|người|cuộc|văn bản|kế hoạch)(?![\p{L}]))";

    /// <summary>"số" before a short reference's number: "Kế hoạch số 121" gives a document's number, where "Kế hoạch
    /// 121" mostly points back at one cited in full.</summary>
    public static readonly Regex NumberWord = new(@"(?<![\p{L}])[Ss]ố\s", RegexOptions.Compiled);

    /// <summary>The next number of a compressed list after a short reference: "Quyết định 217, 218", "các Nghị quyết
    /// 59, 70, 71 và 72".</summary>
    public static readonly Regex ShortListNext = new(
        @"\G(?:\s*,\s*|\s+(?:và|,)\s+)" + ShortNumber,
        RegexOptions.Compiled);

    /// <summary>Where an issuer phrase ends: a title marker (in a title set in capitals too: "CỦA HĐND TỈNH VỀ MỤC
    /// TIÊU …"), a verb, punctuation.</summary>
    public static readonly Regex IssuerStop = new(
        @"\s+(?:[Vv]ề việc|[Vv]ề|VỀ VIỆC|VỀ|v/v|V/v|thực hiện|tiếp tục|ban hành|triển khai|cụ thể hóa|cụ thể hoá|thay thế|quán triệt|sơ kết|tổng kết|bãi bỏ|sửa đổi|phối hợp|nhằm|đã|theo|trên|tại|với|đến|gắn|cho|và|là|được|để|trong|giai đoạn|quy định|hướng dẫn|phê duyệt|thông qua|đối với|năm|có|sau khi|trước khi|khi|ngày(?=\s*\d))(?![\p{L}])|[;,.:“”""(\[]|(?<!khóa|Khóa|khoá)\s+\d|\s+[-–]\s|[⁰¹²³⁴⁵⁶⁷⁸⁹⁽]",
        RegexOptions.Compiled);

    /// <summary>Bare numbers listed right before a symbol after "số", which share its letters, date and issuer: "các Nghị
    /// quyết số 05, 06 và 07-NQ/TU ngày …", "Phương án số 2 và 3/PA-UBND". Not a total ("tổng số 25 và …").</summary>
    public static readonly Regex NumbersListedBefore = new(
        @"(?<![\p{L}])(?<!(?i:tổng)\s)(?i:số)\s*(?<list>\d{1,4}[a-z]?(?:\s*(?:,|và)\s*\d{1,4}[a-z]?)*)\s*(?:,|và)\s*$",
        RegexOptions.Compiled);

    /// <summary>One number of <see cref="NumbersListedBefore"/>'s list.</summary>
    public static readonly Regex ListedNumber = new(@"\d{1,4}[a-z]?", RegexOptions.Compiled);

    /// <summary>The articles a cue acts on, listed with commas or "và" before the document they belong to: "sửa đổi,
    /// bổ sung khoản 1 Điều 2, khoản 2 Điều 4 của", "cụ thể hóa Điều 18 và Điều 20 của", in a title in capitals
    /// joined by a dash: "SỬA ĐỔI … TẠI MỤC III, ĐIỀU 1 - NGHỊ QUYẾT SỐ …", or right before it: "hướng dẫn thực hiện
    /// Khoản 2, Điều 4, Quy định 86-QĐ/TW". Their commas and "và" join parts of one document, not clauses.</summary>
    public static readonly Regex ArticleList = new(
        @"(?<![\p{L}])(?:(?:(?i:điểm)\s+[a-zđ]|(?i:khoản)\s+\d+|(?i:điều)\s+\d+[a-zđ]?|(?i:chương|mục)\s+(?:[IVXLC]+|\d+)(?![\p{L}\d]))(?:\s*,\s*|\s+(?i:và)\s+|\s+)?)+(?=(?i:của)\s|[-–]\s|$)",
        RegexOptions.Compiled);

    /// <summary>A minister who heads a ministry-level agency signs with both offices, "Bộ trưởng, Chủ nhiệm Văn
    /// phòng Chính phủ", "Bộ trưởng, Tổng Thanh tra Chính phủ": one issuer, its comma no end of the issuer's name.
    /// Tried where an issuer starts (\G).</summary>
    public static readonly Regex DualOfficeAt = new(@"\G(?:Bộ trưởng|Thứ trưởng)\s*,\s*(?:Chủ nhiệm|Tổng Thanh tra)(?![\p{L}])", RegexOptions.Compiled);

    /// <summary>A ministry or department whose name holds a comma or "và": "Bộ Lao động, Thương binh và Xã hội",
    /// "Sở Nông nghiệp và Phát triển nông thôn", "Bộ Văn hóa, Thể thao và Du lịch"; its lower-case words end
    /// before the words of a title or clause ("Bộ Giáo dục và Đào tạo hướng dẫn …"). The Bộ Chính trị is no ministry:
    /// "của Bộ Chính trị và Kết luận số …" joins two citations.</summary>
    public static readonly Regex CompoundBodyName = new(CompoundBody, RegexOptions.Compiled);

    /// <summary><see cref="CompoundBodyName"/> starting exactly where <c>Match(text, at)</c> asks, so that a miss
    /// there is not a scan to the end of the text.</summary>
    public static readonly Regex CompoundBodyNameAt = new(@"\G" + CompoundBody, RegexOptions.Compiled);

    private const string CompoundBody =
        @"(?<![\p{L}])(?:Bộ(?!\s+Chính\s+trị)|Sở|Phòng|Bộ trưởng Bộ)\s+\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?(?:\s*[,–-]\s*\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)*\s*(?:và|&)\s+\p{Lu}\p{Ll}+(?:\s+(?!(?:về|việc|hướng|quy|ban|tại|theo|ngày|số|năm|của|và|thực|tổ|các|đã|có|đến|cho|trong|với|nhằm|để|triển khai|sửa|bổ|thay|bãi|phê|gửi|giao|sơ|tổng|báo)(?![\p{L}]))\p{Ll}+){0,3}(?![\p{L}])";

    /// <summary>Where a title starts after the core of a citation.</summary>
    public static readonly Regex TitleStart = new(@"^\s*,?\s*(?:(?:về việc|v/v|V/v|về)\s*:?\s*|(?=[“""]))", RegexOptions.Compiled);

    /// <summary>"ngày 17/02/2022, UBND huyện Bạch Thông đã xây dựng, ban hành" (or "… đã ký kết", "… có", the older
    /// "… ra") before the document; the body may be a department whose name holds a comma ("Sở Văn hóa, Thể thao và
    /// Du lịch đã ban hành").</summary>
    public static readonly Regex DateBeforeTail = new(
        @"^\s*,?\s*(?<iss>" + CompoundBody + @"|[^,;]{2,90}?)?\s*(?:đã\s+|vừa\s+)?(?:(?:xây dựng|ký|nghiên cứu)\s*,?\s*)?(?:ký ban hành|ký kết|ban hành|xây dựng|ký|có|(?<![\p{L}])ra)\s*" + LeadIns.AndCarriesOut + "$",
        RegexOptions.Compiled);

    /// <summary>A body named as the subject right before its document: "UBND tỉnh Sóc Trăng ban hành Kế hoạch
    /// số …", "UBND huyện Đông Anh có Văn bản số …", "Ban Dân vận Thành ủy và Công an thành phố đã ký kết
    /// Chương trình phối hợp số …", or as the label
    /// of a list item: "Đảng ủy xã Phú Thành A: Kế hoạch số …".</summary>
    public static readonly Regex SubjectBefore = new(
        @"(?<iss>(?:(?:Ban Thường vụ|BTV|Thường trực|Ban Chấp hành|BCH)\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|HĐND|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Thị ủy|Quận ủy|Đảng ủy|Đảng uỷ|Ban Dân vận|BDV|Công an|Mặt trận|Ủy ban Mặt trận|Khối [Dd]ân vận|Sở|Phòng)(?:[^,;.:()]{0,70}?))\s*(?:(?:đã\s+|vừa\s+)?(?:(?:xây dựng|ký kết|nghiên cứu|phối hợp),?\s+)?(?:ban hành|ký kết|ký|xây dựng|có|(?<![\p{L}])ra)|:)\s*$",
        RegexOptions.Compiled);

    /// <summary>Names without numbers: "Nghị quyết Trung ương 7 khóa XI", "NQTW7", "Nghị quyết Đại hội XIII",
    /// "Luật Thực hiện dân chủ ở cơ sở".</summary>
    public static readonly Regex NamedReference = new(
        @"(?<![\p{L}])(?:(?:Nghị quyết|NQ)\s*(?:Hội nghị\s+)?(?:Trung ương|TW|TƯ)\s*(?:lần thứ\s+)?(?:\d{1,2}|[IVX]+)(?![\p{L}\d])(?:\s*,?\s*\(?khóa\s+[IVX]+\)?)?" +
        @"|NQTW\s?\d{1,2}(?:\s+khóa\s+[IVX]+)?" +
        @"|Nghị quyết Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:Đảng bộ\s+[\p{Ll}]+\s+)?(?:lần thứ\s+)?[IVXL]+(?![\p{L}])(?:\s+của Đảng)?" +
        @"|Luật\s+\p{Lu}[\p{Ll}\s,]{3,60}?(?=\s*(?:\(|;|\.|,\s|có hiệu lực|năm\s|số|sửa đổi|$)))",
        RegexOptions.Compiled);

    /// <summary>Every named reference starts with one of these words: a cheap test before the pattern.</summary>
    public static bool MayHoldNamedReference(string text) =>
        text.Contains("Nghị quyết", StringComparison.Ordinal) || text.Contains("NQ", StringComparison.Ordinal) || text.Contains("Luật", StringComparison.Ordinal);

    /// <summary>Where a title gives way to a new clause: ", đã ban hành …", ", đồng thời …".</summary>
    public static readonly Regex TitleEnd = new(
        @",\s+(?:(?:đã|đồng thời|trong đó|qua đó|từ đó|nhằm|để|được|chỉ đạo|tổ chức)(?![\p{L}])|(?=ngày\s+\d)|(?=(?:Ủy ban nhân dân|UBND|Ban Thường vụ|BTV|Thường trực|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|Ban Dân vận|Sở|Phòng)(?![\p{L}])))",
        RegexOptions.Compiled);

    /// <summary>Words that say one document acts on another; used to tell a nested citation from a list.</summary>
    public static readonly Regex AnyCue = new(
        @"thực hiện|triển khai|cụ thể hóa|cụ thể hoá|quán triệt|hướng dẫn|sơ kết|tổng kết|nay là|thay thế|ban hành|phối hợp",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);
}
