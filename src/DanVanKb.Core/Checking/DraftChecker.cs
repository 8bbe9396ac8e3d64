using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Core.Vocabulary;

namespace DanVanKb.Core.Checking;

/// <summary>Checks the citations of a draft against the knowledge base, with the same extractor that
/// builds it: each citation is correct, has a wrong date, symbol form, issuer or type word (with the
/// canonical value and the evidence), is ambiguous, or is unknown. Also flags a short form used before
/// its full citation and a relation that cannot be (a plan dated before what it implements).</summary>
public static class DraftChecker
{
    public static IReadOnlyList<Finding> Check(string text, IDocumentCatalog catalog)
    {
        var result = Extractor.Extract(text);
        var docOf = new Dictionary<int, CitedDocument>();
        foreach (var d in result.Documents)
            foreach (var i in d.Mentions) docOf[i] = d;

        var findings = new List<Finding>();
        var known = new Dictionary<string, KnownDocument>();
        for (var i = 0; i < result.Mentions.Count; i++)
        {
            var m = result.Mentions[i];
            if (m.Kind == MentionKind.Full && docOf.TryGetValue(i, out var local))
            {
                var (found, matchFinding) = Match(m, local, catalog);
                if (matchFinding is not null) findings.Add(matchFinding);
                if (found is null) continue;
                known[local.LocalId] = found;
                findings.AddRange(Compare(m, found).Where(f => matchFinding is null || f.Kind != matchFinding.Kind));
            }
            else if (m.Kind == MentionKind.Short)
            {
                findings.AddRange(ShortForm(i, m, docOf, result, catalog));
            }
        }
        findings.AddRange(ImpossibleRelations(result, known));
        return [.. findings.OrderBy(f => f.Span.Start).ThenBy(f => f.Kind)];
    }

    private static (KnownDocument? Found, Finding? Finding) Match(Mention m, CitedDocument local, IDocumentCatalog catalog)
    {
        var candidates = catalog.BySymbol(local.Symbol!.Canonical);
        var viaVariant = false;
        if (candidates.Count == 0)
        {
            candidates = catalog.ByWrittenSymbol(m.Symbol!.Canonical);
            viaVariant = candidates.Count > 0;
        }
        if (candidates.Count == 0 && m.Date is { IsFull: true })
        {
            // "Quyết định 28/QĐ-TTg ngày 12/7/2018": the number, type and day name one known document
            candidates = [.. catalog.ByNumber(m.Symbol!.Number).Where(c => c.Type == local.Type && Equals(c.Date, m.Date))];
            viaVariant = candidates.Count == 1;
            if (candidates.Count > 1) candidates = [];
        }
        if (candidates.Count == 0)
            return (null, new Finding(FindingKind.Unknown, Severity.Warning, m.Span, m.Written,
                $"{m.Symbol!.Canonical} is not in the knowledge base", null, []));
        if (candidates.Count > 1)
        {
            var narrowed = m.Date is null ? [] : candidates.Where(c => Equals(c.Date, m.Date)).ToList();
            if (narrowed.Count == 0 && m.Date is not null) narrowed = [.. candidates.Where(c => c.Date?.Year == m.Date.Year)];
            if (narrowed.Count != 1)
                return (null, new Finding(FindingKind.Ambiguous, Severity.Warning, m.Span, m.Written,
                    $"{m.Symbol!.Canonical} names {candidates.Count} documents: {string.Join("; ", candidates.Select(c => $"{CitationFormatter.Short(c)} {c.Date?.ToVietnamese()}{(c.Issuer is null ? "" : " của " + c.Issuer)}"))}",
                    null, [.. candidates.Select(c => c.Id)]));
            candidates = narrowed;
        }
        var k = candidates[0];
        if (viaVariant)
            return (k, new Finding(FindingKind.WrongSymbolForm, Severity.Error, m.Span, m.Written,
                $"{m.Written} is written {k.Symbol} ({TrustNote.For(k)})", k.Symbol, [k.Id]));
        return (k, null);
    }

    private static IEnumerable<Finding> Compare(Mention m, KnownDocument k)
    {
        var any = false;
        if (k.Symbol is not null && m.Written != k.Symbol)
        {
            any = true;
            yield return new Finding(FindingKind.WrongSymbolForm, Severity.Error, m.Span, m.Written,
                $"'{m.Written}' should be written {k.Symbol}", k.Symbol, [k.Id]);
        }
        if (m.Date is not null && k.Date is { IsFull: true } && !Equals(m.Date, k.Date))
        {
            any = true;
            var style = m.DateWritten?.Contains("tháng", StringComparison.Ordinal) == true;
            var suggestion = CitationFormatter.Date(k.Date, party: !style);
            if (!style) suggestion = suggestion["ngày ".Length..];
            yield return new Finding(FindingKind.WrongDate, Severity.Error, m.Span, m.DateWritten ?? m.Date.ToVietnamese(),
                $"{k.Symbol} is dated {k.Date.ToVietnamese()}, not {m.Date.ToVietnamese()} ({k.MentionsWriting(k.Date)} of {k.DatedMentions} dated mentions in {k.Reports} reports)",
                suggestion, [k.Id]);
        }
        if (m.TypeWord is { Length: > 3 } tw && DocumentTypes.FromWord(tw) is { } t && t.Name != DocumentTypes.GenericDocument && t.Name != k.Type)
        {
            any = true;
            yield return new Finding(FindingKind.WrongTypeWord, Severity.Error, m.Span, tw,
                $"{k.Symbol} is a {k.Type}, not a {t.Name}", k.Type, [k.Id]);
        }
        if (m.Issuer is not null && k.Issuer is not null && !SameBody(m.Issuer, k))
        {
            any = true;
            yield return new Finding(FindingKind.WrongIssuer, Severity.Error, m.Span, m.Issuer.Name,
                $"{k.Symbol} was issued by {k.Issuer}, not {m.Issuer.Name}", k.Issuer, [k.Id]);
        }
        if (!any)
            yield return new Finding(FindingKind.Correct, Severity.Note, m.Span, m.Written, $"{k.Symbol}: correct", null, [k.Id]);
    }

    /// <summary>Two names of one body: the same central organ, or the same level and place.</summary>
    private static bool SameBody(Issuer written, KnownDocument k)
    {
        var a = CentralOrgan(written.Name) ?? Ministry(written.Name);
        var b = CentralOrgan(k.Issuer!) ?? Ministry(k.Issuer!);
        if (a is not null || b is not null) return a is null || b is null || a == b;
        if (written.Level is Level lw && k.Level is Level lk && lw != lk && lw != Level.Agency && lk != Level.Agency) return false;
        return written.Locality is null || k.Locality is null || string.Equals(written.Locality, k.Locality, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] CentralOrgans =
        ["Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư", "Ủy ban Thường vụ Quốc hội", "Quốc hội", "Quân ủy Trung ương", "Ban Dân vận Trung ương", "Chính phủ"];

    private static string? CentralOrgan(string name) =>
        name.Contains("Thủ tướng", StringComparison.OrdinalIgnoreCase)
            ? "Thủ tướng"
            : CentralOrgans.FirstOrDefault(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Bộ Nội vụ", "Bộ trưởng Bộ Công an": a ministry is named by its "Bộ X" words.</summary>
    private static string? Ministry(string name)
    {
        var m = System.Text.RegularExpressions.Regex.Match(name, @"Bộ (?!trưởng)(?<n>\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,3})");
        return m.Success ? "Bộ " + m.Groups["n"].Value : null;
    }

    private static IEnumerable<Finding> ShortForm(int index, Mention m, Dictionary<int, CitedDocument> docOf, ExtractionResult result, IDocumentCatalog catalog)
    {
        if (docOf.TryGetValue(index, out var local))
        {
            var firstFull = local.Mentions.Where(j => result.Mentions[j].Kind == MentionKind.Full).DefaultIfEmpty(int.MaxValue).Min();
            if (firstFull > index)
                yield return new Finding(FindingKind.ShortBeforeFull, Severity.Warning, m.Span, m.Written,
                    $"'{m.Written}' is used before the full citation of {local.Symbol} (line {result.Mentions[firstFull].Span.Line})", null, []);
        }
        else
        {
            yield return new Finding(FindingKind.ShortBeforeFull, Severity.Warning, m.Span, m.Written,
                $"'{m.Written}' is never cited in full in this text", null, []);
        }
    }

    private static IEnumerable<Finding> ImpossibleRelations(ExtractionResult result, Dictionary<string, KnownDocument> known)
    {
        var docs = result.Documents.ToDictionary(d => d.LocalId);
        foreach (var r in result.Relations)
        {
            if (r.Type is not (RelationType.Implements or RelationType.Continues or RelationType.Guides or RelationType.Reviews)) continue;
            var from = DateOf(docs[r.From], known);
            var to = DateOf(docs[r.To], known);
            if (from is null || to is null || !from.IsFull || !to.IsFull || from.CompareTo(to) >= 0) continue;
            yield return new Finding(FindingKind.ImpossibleRelation, Severity.Error, r.Span, r.Evidence,
                $"{Name(docs[r.From])} ({from.ToVietnamese()}) cannot {r.Type.ToExport().TrimEnd('s')} {Name(docs[r.To])}, dated later ({to.ToVietnamese()})",
                null, []);
        }
    }

    /// <summary>The date the draft itself states; the knowledge base's only where the draft gives none.</summary>
    private static PartialDate? DateOf(CitedDocument d, Dictionary<string, KnownDocument> known) =>
        d.Date is { IsFull: true } ? d.Date : known.TryGetValue(d.LocalId, out var k) ? k.Date : d.Date;

    private static string Name(CitedDocument d) => d.Symbol is null ? d.Type : $"{d.Type} {d.Symbol}";
}
