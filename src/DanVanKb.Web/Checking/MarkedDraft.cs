namespace DanVanKb.Web.Checking;

/// <summary>The checked draft cut into pieces at every finding's start and end, so each citation can be
/// marked in place (overlapping findings take the colour of the most severe) with the numbers of the
/// findings that end after it.</summary>
public static class MarkedDraft
{
    public sealed record Piece(string Text, string? Css, string? Title, IReadOnlyList<int> Notes);

    private static readonly string[] Rank = ["ok", "warning", "error"];

    public static IReadOnlyList<Piece> Cut(string text, IReadOnlyList<FindingView> findings)
    {
        var spans = findings.SelectMany(f => Ranges(f, text.Length).Select(r => (View: f, r.Start, r.End))).Where(s => s.End > s.Start).ToList();
        var last = spans.GroupBy(s => s.View.Number).ToDictionary(g => g.Key, g => g.Max(s => s.End));
        var bounds = spans.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var pieces = new List<Piece>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (a, b) = (bounds[i], bounds[i + 1]);
            var covering = spans.Where(s => s.Start <= a && s.End >= b).ToList();
            var notes = last.Where(l => l.Value == b).Select(l => l.Key).Order().ToList();
            pieces.Add(covering.Count == 0
                ? new Piece(text[a..b], null, null, notes)
                : new Piece(text[a..b], covering.Select(s => s.View.Css).MaxBy(c => Array.IndexOf(Rank, c)),
                    string.Join("; ", covering.Select(s => s.View.Heading).Distinct()), notes));
        }
        return pieces;
    }

    /// <summary>A finding's span, and the text its suggestion replaces where that lies outside it (a date
    /// after "Nghị quyết số 25-NQ/TW").</summary>
    private static IEnumerable<TextRange> Ranges(FindingView f, int length)
    {
        var span = Clamp(new TextRange(f.Finding.Span.Start, f.Finding.Span.End), length);
        yield return span;
        if (f.Replace is { } r && (r.Start < span.Start || r.End > span.End)) yield return Clamp(r, length);
    }

    private static TextRange Clamp(TextRange r, int length) => new(Math.Clamp(r.Start, 0, length), Math.Clamp(r.End, 0, length));
}
