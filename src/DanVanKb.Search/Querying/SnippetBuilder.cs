using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DanVanKb.Search.Querying;

/// <summary>Builds a snippet from the offsets stored in the folded field's term vector: the words the query
/// matched, wherever the accents differ, with some text around the first of them.</summary>
internal static class SnippetBuilder
{
    private const int Window = 280;
    private const int Lead = 90;

    public static IReadOnlyList<SnippetPart> Build(IndexReader reader, int docId, string body, IReadOnlySet<string> terms)
    {
        var hits = Offsets(reader, docId, terms, body.Length);
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

    private static List<(int Start, int End, string Term)> Offsets(IndexReader reader, int docId, IReadOnlySet<string> terms, int length)
    {
        var found = new List<(int, int, string)>();
        if (terms.Count == 0 || reader.GetTermVector(docId, SearchFields.Text) is not { } vector) return found;
        var te = vector.GetEnumerator();
        foreach (var term in terms)
        {
            if (!te.SeekExact(new BytesRef(term))) continue;
            var positions = te.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) continue;
            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0 && positions.EndOffset <= length) found.Add((positions.StartOffset, positions.EndOffset, term));
            }
        }
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
