using System.Text.RegularExpressions;

using DanVanKb.Core.Model;

namespace DanVanKb.Core.Vocabulary;

/// <summary>The words that state a relation (domain.md), as data, in the order they are tried: the more
/// specific cue wins ("tiếp tục thực hiện" is continues, not implements).</summary>
public static class RelationCues
{
    public sealed record Cue(Regex Pattern, RelationType Type, bool Reversed = false);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.Compiled;

    public static IReadOnlyList<Cue> Ordered { get; } =
    [
        new(new Regex(@"\(?\s*nay là(?![\p{L}])", Options), RelationType.Replaces, Reversed: true),
        new(new Regex(@"(?:được|bị|đã được) thay thế (?:bởi|tại|bằng)(?![\p{L}])", Options), RelationType.Replaces, Reversed: true),
        // "được điều chỉnh nội dung dạy học tại công văn …": what was adjusted may be named before "tại"
        new(new Regex(@"(?:được|đã được) (?:sửa đổi|điều chỉnh)(?:,?\s*bổ sung)?(?:\s+một số điều|\s+nội dung(?:\s+\p{Ll}+){0,3}?)?\s+(?:bởi|tại|theo)(?![\p{L}])", Options), RelationType.Amends, Reversed: true),
        new(new Regex(@"thay thế(?![\p{L}])", Options), RelationType.Replaces),
        new(new Regex(@"sửa đổi,?\s*bổ sung|bổ sung,?\s*sửa đổi|điều chỉnh,?\s*bổ sung|sửa đổi(?![\p{L}])", Options), RelationType.Amends),
        // "tiếp tục đẩy mạnh thực hiện", "tiếp tục nâng cao hiệu quả thực hiện": a manner between the two words
        new(new Regex(@"tiếp tục (?:(?:\p{Ll}+\s+){0,3}?(?:thực hiện|triển khai)|lãnh đạo, chỉ đạo thực hiện)", Options), RelationType.Continues),
        // "về kết quả 6 năm thực hiện Chỉ thị …": results over years are a review's
        new(new Regex(@"sơ kết|tổng kết|báo cáo kết quả|đánh giá kết quả|kết quả (?:sau\s+)?\d+\s+năm (?:thực hiện|triển khai)", Options), RelationType.Reviews),
        // bare "hướng dẫn" only right before the document it guides: "Thông tư X của Bộ Tài chính hướng dẫn Nghị định Y",
        // "Thông tư X … hướng dẫn quản lý Chương trình Y"
        new(new Regex(@"hướng dẫn (?:thực hiện|triển khai|thi hành|chi tiết)|quy định chi tiết|quy định cụ thể thi hành|hướng dẫn\s+(?:một số điều\s+(?:của\s+)?|quản lý\s+)?$", Options), RelationType.Guides),
        new(new Regex(@"ban hành(?![\p{L}])", Options), RelationType.Issues),
        new(new Regex(@"thực hiện|triển khai|cụ thể hóa|cụ thể hoá|quán triệt|học tập", Options), RelationType.Implements),
    ];

    /// <summary>Carrying out, between an amending cue and the document after it.</summary>
    public static Regex CarriesOut { get; } = new(@"(?<![\p{L}])(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?![\p{L}])", Options);

    /// <summary>A document named without a number, then its cue, right before the citation it carries out: "Kế hoạch của
    /// Bộ, ngành Tư pháp triển khai ", "Quy chế phối hợp thực hiện ". No clause break or citation between.</summary>
    public static Regex UnnumberedCarryingOut { get; } = new(
        @"(?<![\p{L}])(?:Kế hoạch|Chương trình|Quy chế|Quy định|Đề án|Hướng dẫn)(?![\p{L}])[^;.()\d]{0,120}?(?<![\p{L}])(?<cue>triển khai thực hiện|triển khai|thực hiện|hướng dẫn thực hiện|cụ thể hóa|cụ thể hoá)\s+$", Options);

    /// <summary>"phòng, chống" (prevention and control: "các biện pháp cấp bách để phòng, chống dịch COVID-19") is one
    /// word written with a comma, not two clauses.</summary>
    public static Regex CompoundWithComma { get; } = new(@"(?<![\p{L}])phòng\s*,\s*chống(?![\p{L}])", Options);

    /// <summary>What separates two clauses or list items: a cue on the far side of one belongs elsewhere.</summary>
    public static Regex ClauseBreak { get; } = new(@"[,;]|(?<![\p{L}])(?:và|đồng thời|gắn với|cùng với)(?![\p{L}])", Options);

    /// <summary>What ends a list item or a sentence: a cue beyond one never speaks of what came before it.</summary>
    public static Regex SentenceOrItemBreak { get; } = new(@";|\.\s+\p{Lu}|\n", Options & ~RegexOptions.IgnoreCase);

    /// <summary>A cue's object named, then the document that set it up: "triển khai thực hiện đề án Xây dựng và phát
    /// triển mạng lưới y tế cơ sở theo Quyết định …". The name may hold "và" or commas, not a "theo" or "tại" of
    /// its own ("…, theo đề nghị tại Công văn …" is another clause).</summary>
    public static Regex NamedObjectOf { get; } = new(
        @"^\s*(?:các\s+)?(?:đề án|chương trình|dự án|chiến lược|quy hoạch|kế hoạch)\s+(?:(?!theo|tại)[^;.]){1,120}?\s+(?:theo|tại|được phê duyệt tại|phê duyệt tại|ban hành kèm theo)\s*$",
        Options);

    /// <summary>A cue's first object is a Party resolution named by its plenum or congress, its second the document after
    /// the comma or "và": "sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), Chương trình hành động số 15-CTr/TU",
    /// "thực hiện Nghị quyết Đại hội XIII của Đảng và Kế hoạch số 05-KH/TU". The joiner joins the two objects.</summary>
    public static Regex PartyResolutionNamedThenJoin { get; } = new(
        @"^\s*(?:(?:thực hiện|triển khai)\s+)?(?:Nghị quyết|Kết luận)\s+(?:(?:Hội nghị\s+)?(?:Ban Chấp hành\s+)?Trung ương\s+\d{1,2}|Đại hội\s[^,;.()]{1,60}?)(?:\s*\(\s*khóa\s+[IVXLC]+\s*\)|\s+khóa\s+[IVXLC]+)?\s*(?:,|và)\s*$", Options & ~RegexOptions.IgnoreCase);

    /// <summary>A cue's first object is a law or ordinance named without a number, its second the document after "và":
    /// "quy định chi tiết thi hành một số điều của Pháp lệnh Công an xã và Nghị định số 73/2009/NĐ-CP". The "và" joins
    /// the two objects, not two clauses.</summary>
    public static Regex LawNamedThenAnd { get; } = new(
        @"^\s*(?:thi hành\s+)?(?:một số điều\s+(?:của\s+)?)?(?:Luật|Bộ luật|Pháp lệnh)\s+\p{Lu}[^;.,()]{0,80}?\s+và\s*$", Options & ~RegexOptions.IgnoreCase);

    /// <summary>A cue's object is a regulation issued with the document after it: "sửa đổi, bổ sung một số điều của
    /// Quy định về định mức sử dụng xe ô tô …, tổ chức, đơn vị … ban hành kèm theo Quyết định …". A regulation has no
    /// number of its own; its name may be long and hold commas and "và", not a sentence or item break.</summary>
    public static Regex RegulationIssuedWith { get; } = new(@"^\s*(?:(?:một số|các)\s+(?:điều|nội dung)\s+(?:của\s+)?)?" + RegulationName, Options);

    /// <summary>A gap that ends in such a regulation's name, read from the right: a gap too long for a cue may still
    /// hold one before it.</summary>
    public static Regex EndsInRegulationIssuedWith { get; } = new(RegulationName, Options | RegexOptions.RightToLeft);

    /// <summary>How long such a regulation's name may run.</summary>
    public const int MaxRegulationName = 400;

    private const string RegulationName = @"(?:quy định|quy chế|điều lệ)\s+[^;.]{1,400}?\s+(?:được\s+)?ban hành kèm theo\s*$";

    /// <summary>A gap that only joins two citations, so a cue before the first goes on to the second: "và",
    /// "cùng", a comma, nothing, or the first citation's quoted title before them ("Nghị quyết A về “…” và
    /// Kết luận B").</summary>
    public static Regex Conjunction { get; } = new(@"^\s*(?:,\s*)?(?:(?:về việc|về|v/v)\s*:?\s*[“""][^“”""]{1,300}[”""]\s*,?\s*)?(?:và|cùng|,)?\s*$", Options);

    /// <summary>In a text's own title (one noun phrase), the first document's subject and then "và" before the next:
    /// "SỬA ĐỔI … NGHỊ QUYẾT SỐ 182/2007/NQ-HĐND … VỀ MỤC TIÊU, NHIỆM VỤ … GIAI ĐOẠN 2008 - 2010 VÀ NGHỊ QUYẾT SỐ 237/…".
    /// The title's cue goes on to the next document when the subject holds no cue of its own.</summary>
    public static Regex TitleSubjectThenAnd { get; } = new(@"^\s*(?:của\s+[^,;:]{1,80}?\s+)?(?:về việc|về|v/v)\s[^;:]{1,300}?\s(?:và|cùng)\s*$", Options);

    /// <summary>"Quyết định số 612 … có hiệu lực từ ngày 16 tháng 9 năm 2021 và thay thế Quyết định số 433/…": a document's
    /// coming into force and what it replaces are two predicates of one subject, not two clauses (a comma after the
    /// date starts a clause of its own: "có hiệu lực từ ngày ký, các huyện rà soát và thay thế …").</summary>
    public static Regex InForceThen { get; } = new(@"(?<![\p{L}])có hiệu lực[^;.,]{0,120}?(?:\s*;|\s*,?\s+và)\s*$", Options);

    /// <summary>A comma that only joins cue verbs ("quán triệt, triển khai thực hiện", "về lãnh đạo, tổ chức triển khai
    /// thực hiện") is not a clause break.</summary>
    public static Regex JoinedVerbs { get; } = new(@",\s*(?=(?:quán triệt|triển khai|thực hiện|cụ thể hóa|cụ thể hoá|học tập|tuyên truyền|phổ biến|bổ sung|sửa đổi|ban hành|(?:tổ chức|chỉ đạo)\s+(?:triển khai|thực hiện))(?![\p{L}]))", Options);

    /// <summary>"… quy định chi tiết và hướng dẫn thực hiện Nghị định …": a "và" right before a cue that joins it to
    /// another cue verb is not a clause break either, nor is one joining approval to carrying out ("… phê duyệt và tổ
    /// chức thực hiện các Đề án tại Quyết định …").</summary>
    public static Regex JoinedByAnd { get; } = new(@"(?<verb>(?<![\p{L}])(?:quy định chi tiết|hướng dẫn|sửa đổi|bổ sung|quán triệt|triển khai|thực hiện|cụ thể hóa|cụ thể hoá|phê duyệt))\s+và(?:\s+tổ chức)?\s*$", Options);

    /// <summary>"… về việc xây dựng nhiệm vụ kế hoạch và dự toán ngân sách nhà nước thực hiện Quyết định …": a "và" in a
    /// title, joining two things it is about, is no clause break ("… và 05 năm thực hiện …" after a citation is).</summary>
    public static Regex AndInTitle { get; } = new(@"(?<=(?:[Vv]ề việc|[Vv]/v)\s[^,;()]*?)\svà\s+(?=\p{Ll})", Options & ~RegexOptions.IgnoreCase);

    /// <summary>"03 kế hoạch thực hiện Nghị quyết số 25-NQ/TW¹": a sentence that says the documents listed
    /// in its footnote carry out the one it names.</summary>
    public static Regex FootnoteListCue { get; } = new(
        @"(?:kế hoạch|văn bản|chương trình|quyết định|hướng dẫn|công văn|đề án|chỉ thị|nghị quyết)[^;.]{0,60}?(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|quán triệt)\s*$",
        Options);
}
