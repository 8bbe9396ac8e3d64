namespace DanVanKb.Core.Vocabulary;

/// <summary>The document types of the Party's and the State's systems (export.md's list), as data.
/// Adding a type is an edit here plus a test example.</summary>
public static class DocumentTypes
{
    public const string Report = "Báo cáo";
    public const string GenericDocument = "Văn bản";
    public const string OfficialLetter = "Công văn";
    public const string Guidance = "Hướng dẫn";
    public const string Proposal = "Tờ trình";
    public const string Plan = "Kế hoạch";
    public const string Programme = "Chương trình";
    public const string Scheme = "Đề án";

    public static IReadOnlyList<DocumentType> All { get; } =
    [
        new("Nghị quyết", ["nghị quyết liên tịch", "nghị quyết", "nq"], ["NQ", "NQLT"], ["NQ", "NQLT"]),
        new("Kết luận", ["kết luận", "kl"], ["KL"], ["KL"]),
        new("Chỉ thị", ["chỉ thị", "ct"], ["CT"], ["CT"]),
        new("Quy chế", ["quy chế phối hợp", "quy chế", "qc"], ["QC", "QCPH"], ["QC", "QCPH"]),
        new("Quy định", ["quy định"], ["QĐi"], []),
        new("Quyết định", ["quyết định", "qđ"], ["QĐ"], ["QĐ"]),
        new("Kế hoạch", ["kế hoạch phối hợp", "kế hoạch liên tịch", "kế hoạch", "kh"], ["KH", "KHPH"], ["KH", "KHPH"]),
        new("Chương trình", ["chương trình hành động", "chương trình phối hợp", "chương trình công tác", "chương trình", "ctrhđ", "ctr"], ["CTr", "CTrPH", "CTrHĐ", "CTHĐ"], ["CTr", "CTrPH"]),
        new("Hướng dẫn", ["hướng dẫn liên tịch", "hướng dẫn", "hd"], ["HD", "HDLT"], ["HD", "HDLB", "HDLT"]),
        new("Đề án", ["đề án", "đa"], ["ĐA"], ["ĐA"]),
        new("Công văn", ["công văn", "cv"], ["CV"], ["CV"]),
        new("Thông báo", ["thông báo kết luận", "thông báo", "tb"], ["TB"], ["TB"]),
        new("Thông tri", ["thông tri"], ["TT"], []),
        new("Báo cáo", ["báo cáo", "bc"], ["BC"], ["BC", "BCTĐ", "BCTT"]),
        new("Tờ trình", ["tờ trình"], ["TTr"], ["TTr"]),
        new("Luật", ["luật"], [], ["QH"]),
        new("Pháp lệnh", ["pháp lệnh"], [], ["PL"]),
        new("Nghị định", ["nghị định", "nđ"], [], ["NĐ"]),
        new("Thông tư", ["thông tư liên tịch", "thông tư"], [], ["TT", "TTLT"]),
        // a telegram (công điện) has no type of its own in the export's list: it is a document all the same
        new("Văn bản", ["văn bản", "công điện"], [], []),
    ];

    // each code found in any case, the first type listing it deciding (symbols ask for them by the thousand)
    private static readonly Dictionary<string, string> Spellings = Index(t => t.PartyCodes.Concat(t.StateCodes), (_, c) => c);
    private static readonly Dictionary<string, DocumentType> PartyTypeOf = Index(t => t.PartyCodes, (t, _) => t);
    private static readonly Dictionary<string, DocumentType> StateTypeOf = Index(t => t.StateCodes, (t, _) => t);
    private static readonly Dictionary<string, DocumentType> AnyTypeOf = Index(t => t.PartyCodes.Concat(t.StateCodes), (t, _) => t);

    private static Dictionary<string, T> Index<T>(Func<DocumentType, IEnumerable<string>> codes, Func<DocumentType, string, T> value)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in All)
            foreach (var c in codes(t))
                index.TryAdd(c, value(t, c));
        return index;
    }

    /// <summary>Type codes are written with their own capitalisation (CTr, QĐi, TTg); the rest are upper case.</summary>
    public static string CanonicalCode(string code) => Spellings.GetValueOrDefault(code) ?? code.ToUpperInvariant();

    public static bool IsKnownCode(string code) => Spellings.ContainsKey(code);

    /// <summary>The type a code names; Party and State use TT for different things.</summary>
    public static DocumentType? FromCode(string code, bool party) =>
        (party ? PartyTypeOf : StateTypeOf).GetValueOrDefault(code) ?? AnyTypeOf.GetValueOrDefault(code);

    /// <summary>The type a word in running text names (case-insensitive, longest word first).</summary>
    public static DocumentType? FromWord(string word) => ByWord.GetValueOrDefault(word.Trim());

    /// <summary>Each type word, in any case, to the first type that lists it.</summary>
    private static readonly Dictionary<string, DocumentType> ByWord = BuildByWord();

    private static Dictionary<string, DocumentType> BuildByWord()
    {
        var byWord = new Dictionary<string, DocumentType>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in All)
            foreach (var w in t.Words) byWord.TryAdd(w, t);
        return byWord;
    }

    /// <summary>Every type word, longest first, for building the mention patterns.</summary>
    public static IReadOnlyList<string> WordsLongestFirst { get; } =
        [.. All.SelectMany(t => t.Words).Where(w => w.Length > 3 || w is "ctr").Distinct().OrderByDescending(w => w.Length)];
}
