using System.Text;

using Lucene.Net.Search;

namespace DanVanKb.Search.Querying;

/// <summary>The one place that bounds what a query may cost: its length, its clauses, how deep its
/// parentheses go and how far a wildcard, fuzzy or range term may expand. Control characters are
/// dropped; a query over a limit is refused with a message (the site answers 400), never run.</summary>
public static class SearchLimits
{
    public const int MaxQueryLength = 1000;
    public const int MaxClauses = 64;
    public const int MaxNesting = 8;

    /// <summary>Wildcard, fuzzy and range terms in one query: each walks the term dictionary.</summary>
    public const int MaxExpandingTerms = 8;

    /// <summary>Terms a wildcard, fuzzy or range query may expand to (the best-scoring are kept).</summary>
    public const int MaxExpansions = 64;

    /// <summary>Hits counted exactly, with their reports and filter values (split evenly among the cores' shares
    /// of the index); beyond, the totals and counts are shown as "at least" (Elasticsearch's track_total_hits
    /// default) and the rest of the hits are ranked without being counted. Hits, their order and the pages stay
    /// exact.</summary>
    public const int ExactCount = 10_000;

    /// <summary>The query with control characters (NUL, escapes, bidi overrides) turned into spaces; throws
    /// <see cref="SearchRefusedException"/> when it is too long.</summary>
    public static string Clean(string query)
    {
        if (query.Length > MaxQueryLength)
            throw new SearchRefusedException($"Câu tìm kiếm dài {query.Length} ký tự; tối đa {MaxQueryLength} ký tự.");
        var sb = new StringBuilder(query.Length);
        foreach (var c in query)
            sb.Append(char.IsControl(c) || IsFormat(c) ? ' ' : c);
        return sb.ToString();
    }

    /// <summary>Invisible format characters (bidi overrides and isolates, zero-width marks) that only hide what was typed.</summary>
    private static bool IsFormat(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    /// <summary>How deep the parentheses go: beyond <see cref="MaxNesting"/> the query is searched as plain words.</summary>
    public static bool TooDeep(string query)
    {
        int depth = 0, max = 0;
        foreach (var c in query)
        {
            if (c == '(') max = Math.Max(max, ++depth);
            else if (c == ')') depth = Math.Max(0, depth - 1);
        }
        return max > MaxNesting;
    }

    /// <summary>Throws when the parsed query has more clauses than allowed.</summary>
    public static void CheckClauses(Query query)
    {
        var count = Clauses(query);
        if (count > MaxClauses)
            throw new SearchRefusedException($"Câu tìm kiếm có {count} điều kiện; tối đa {MaxClauses}.");
        var expanding = Expanding(query);
        if (expanding > MaxExpandingTerms)
            throw new SearchRefusedException($"Câu tìm kiếm có {expanding} từ dùng *, ?, ~ hoặc khoảng [..]; tối đa {MaxExpandingTerms}.");
    }

    private static int Expanding(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.Sum(c => Expanding(c.Query)),
        MultiTermQuery => 1,
        _ => 0,
    };

    private static int Clauses(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.Sum(c => Clauses(c.Query)),
        PhraseQuery p => p.GetTerms().Length,
        MultiPhraseQuery m => m.GetTermArrays().Sum(a => a.Length),
        _ => 1,
    };
}

/// <summary>A query the searcher will not run, with the reason in Vietnamese for the reader.</summary>
public sealed class SearchRefusedException(string message) : Exception(message);
