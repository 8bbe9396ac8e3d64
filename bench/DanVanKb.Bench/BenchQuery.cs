namespace DanVanKb.Bench;

/// <summary>The kinds of search the targets name.</summary>
public enum QueryKind
{
    Term,
    Phrase,
    Prefix,
    Filtered,
    Symbol,
}

/// <summary>One search, as typed into the product (with its level filter), as an FTS5 MATCH expression over
/// the same passages, and as a ripgrep scan of the raw files (which can neither fold accents nor filter).</summary>
public sealed record BenchQuery(QueryKind Kind, string Text, string? Level, string Fts, IReadOnlyList<string> Rg)
{
    private static readonly string[] Terms = ["khéo", "thoại", "khiếu", "tôn", "hiến", "nông", "dân"];
    private static readonly string[] Phrases = ["công tác dân vận", "dân vận khéo", "quy chế dân chủ", "nông thôn mới", "tiếp công dân", "giám sát và phản biện xã hội"];
    private static readonly string[] Prefixes = ["khé", "thoạ", "khiế", "nôn", "giá", "hiế"];
    private static readonly (string Words, string Level)[] Filtered =
        [("đối thoại", "district"), ("khéo", "commune"), ("khiếu nại", "province"), ("tôn giáo", "central"), ("công tác dân vận", "commune"), ("hiến đất", "district")];
    private static readonly string[] CentralSymbols = ["25-NQ/TW", "33/CT-TTg", "43-KL/TW", "nq 25", "kl 43"];

    /// <summary>The query set; <paramref name="localSymbols"/> are symbols of the knowledge base's own province, district and commune documents.</summary>
    public static IReadOnlyList<BenchQuery> All(IEnumerable<string> localSymbols) =>
    [
        .. Terms.Select(t => new BenchQuery(QueryKind.Term, t, null, $"body : {t}", ["-i", "-w", "--", t])),
        .. Phrases.Select(p => new BenchQuery(QueryKind.Phrase, $"\"{p}\"", null, $"body : \"{p}\"", ["-i", "-F", "--", p])),
        .. Prefixes.Select(p => new BenchQuery(QueryKind.Prefix, p + "*", null, $"body : {p}*", ["-i", "-w", "--", p + @"\w*"])),
        .. Filtered.Select(f => new BenchQuery(QueryKind.Filtered, f.Words, f.Level, $"body : ({f.Words}) AND levels : {f.Level}", ["-i", "-F", "--", f.Words])),
        .. CentralSymbols.Concat(localSymbols).Select(s => new BenchQuery(QueryKind.Symbol, s, null, $"body : \"{Tokens(s)}\"", ["-F", "--", s])),
    ];

    /// <summary>"25-NQ/TW" as FTS5's unicode61 tokenizer cuts it: "25 NQ TW".</summary>
    private static string Tokens(string s) => string.Join(' ', s.Split([' ', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries));
}
