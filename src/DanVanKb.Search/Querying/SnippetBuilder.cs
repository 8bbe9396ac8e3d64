using DanVanKb.Search.Analysis;

using Lucene.Net.Analysis.TokenAttributes;

namespace DanVanKb.Search.Querying;

/// <summary>Builds a snippet from the words the query matched, wherever the accents differ, with some text
/// around the first of them. The hit's stored text is analyzed again with the folded analyzer (only the
/// dozen hits of a page are), which spares the index term vectors for every passage.</summary>
internal static class SnippetBuilder
{
    private const int Window = 280;
    private const int Lead = 90;

    public static IReadOnlyList<SnippetPart> Build(string body, IReadOnlySet<string> terms)
    {
        var hits = Offsets(body, terms);
        if (hits.Count == 0) return [new SnippetPart(Cut(body, 0, Math.Min(body.Length, Window), out _), false)];
        var (from, to) = WindowAround(body, BestStart(hits));
        var parts = new List<SnippetPart>();
        if (from > 0) parts.Add(new SnippetPart("… ", false));
        var at = from;
        foreach (var (start, end, _) in hits.Where(h => h.Start >= from && h.End <= to))
        {
            if (start < at) continue;
            if (start > at) parts.Add(new SnippetPart(body[at..start], false));
            parts.Add(new SnippetPart(body[start..end], true));
            at = end;
        }
        if (at < to) parts.Add(new SnippetPart(body[at..to], false));
        if (to < body.Length) parts.Add(new SnippetPart(" …", false));
        return parts;
    }

    /// <summary>The hit to centre on: the one whose window shows the most different query words.</summary>
    private static int BestStart(List<(int Start, int End, string Term)> hits)
    {
        var best = hits[0].Start;
        var most = 0;
        foreach (var h in hits)
        {
            var n = hits.Where(o => o.Start >= h.Start && o.End <= h.Start + Window - Lead).Select(o => o.Term).Distinct().Count();
            if (n > most) (best, most) = (h.Start, n);
        }
        return best;
    }

    private static List<(int Start, int End, string Term)> Offsets(string body, IReadOnlySet<string> terms)
    {
        var found = new List<(int, int, string)>();
        if (terms.Count == 0) return found;
        using var stream = SearchAnalyzers.Folded.GetTokenStream(SearchFields.Text, body);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (terms.Contains(t) && offset.StartOffset >= 0 && offset.EndOffset <= body.Length) found.Add((offset.StartOffset, offset.EndOffset, t));
        }
        stream.End();
        found.Sort();
        return found;
    }

    private static (int From, int To) WindowAround(string body, int first)
    {
        if (body.Length <= Window) return (0, body.Length);
        var from = Math.Max(0, first - Lead);
        if (from > 0)
        {
            var space = body.IndexOf(' ', from);
            from = space >= 0 && space < first ? space + 1 : from;
        }
        var to = Math.Min(body.Length, from + Window);
        return (from, to < body.Length && body.LastIndexOf(' ', to) is var s && s > first ? s : to);
    }

    private static string Cut(string body, int from, int to, out bool cut)
    {
        cut = to < body.Length;
        return cut ? body[from..to] + " …" : body[from..to];
    }
}
