using DanVanKb.Core.Model;

namespace DanVanKb.Storage.Writing;

/// <summary>Shares the values that thousands of reports repeat (the same resolution's title, issuer, date
/// and type in every report citing it) while a graph rebuild holds every report's documents: one object
/// per distinct value instead of one per report keeps the rebuild's memory close to the number of
/// distinct documents rather than the number of citations.</summary>
internal sealed class GraphInputPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<Issuer, Issuer> issuers = [];
    private readonly Dictionary<PartialDate, PartialDate> dates = [];
    private readonly Dictionary<string, DocumentSymbol> symbols = new(StringComparer.Ordinal);

    private readonly Dictionary<int, int[]> mentionLists = [];
    private readonly Dictionary<string, IReadOnlyList<DateVariant>> variantLists = new(StringComparer.Ordinal);

    /// <summary>The report as the graph's documents need it, its repeated values shared; its relations are
    /// mapped afterwards, report by report (GraphBuilder.RelationsOf).</summary>
    public ExtractionResult Share(ExtractionResult r) =>
        r with { Mentions = [], Diagnostics = [], Relations = [], Documents = [.. r.Documents.Select(Share)] };

    private CitedDocument Share(CitedDocument d) => d with
    {
        LocalId = String(d.LocalId),
        Type = String(d.Type),
        Symbol = d.Symbol is null ? null : Symbol(d.Symbol),
        Date = Date(d.Date),
        Issuer = d.Issuer is null ? null : Issuer(d.Issuer),
        Title = d.Title is null ? null : String(d.Title),
        Variants = VariantList(d.Variants),
        Mentions = MentionList(d.Mentions.Count),
    };

    /// <summary>Most citations of a document are written one way, once: one list per distinct way.</summary>
    private IReadOnlyList<DateVariant> VariantList(IReadOnlyList<DateVariant> variants)
    {
        var key = string.Join('\u001e', variants.Select(v => $"{v.Symbol}\u001f{v.Date?.ToIso()}\u001f{v.Count}"));
        return variantLists.TryGetValue(key, out var shared) ? shared
            : variantLists[key] = [.. variants.Select(v => v with { Symbol = String(v.Symbol), Date = Date(v.Date) })];
    }

    /// <summary>The graph counts a document's mentions and never reads which they are: one list per count.</summary>
    private int[] MentionList(int count) =>
        mentionLists.TryGetValue(count, out var shared) ? shared : mentionLists[count] = new int[count];

    private string String(string s) => strings.TryGetValue(s, out var shared) ? shared : strings[s] = s;

    private PartialDate? Date(PartialDate? d) => d is null ? null : dates.TryGetValue(d, out var shared) ? shared : dates[d] = d;

    private Issuer Issuer(Issuer i) =>
        issuers.TryGetValue(i, out var shared) ? shared : issuers[i] = i with { Name = String(i.Name), Locality = i.Locality is null ? null : String(i.Locality) };

    /// <summary>Symbols compare by what they say, not by their list of codes' identity.</summary>
    private DocumentSymbol Symbol(DocumentSymbol s)
    {
        var key = $"{s.Style}|{s.Year}|{s.TypeCode}{s.TypeSeparator}|{s.Number}|{string.Join('\u001f', s.IssuerCodes)}";
        return symbols.TryGetValue(key, out var shared) ? shared : symbols[key] = s;
    }
}
