using System.Globalization;
using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>Runs the extractor on a spec's snippet and lists every way the result differs from the spec, with
/// what was extracted, so a failure reads as a gap report.</summary>
internal static class SpecChecker
{
    public static void Verify(ExtractorSpec spec)
    {
        var result = Extractor.Extract(spec.Text);
        var problems = new List<string>();
        var cited = result.Documents.Where(d => !d.IsOwn).ToList();

        foreach (var expected in spec.Documents)
            CheckDocument(expected, cited, problems);
        if (spec.ExactDocuments)
        {
            var want = spec.Documents.Select(d => d.Symbol).Order(StringComparer.Ordinal).ToList();
            var got = cited.Select(Name).Order(StringComparer.Ordinal).ToList();
            if (!want.SequenceEqual(got))
                problems.Add($"documents: expected [{string.Join(", ", want)}], got [{string.Join(", ", got)}]");
        }
        if (spec.Own is { } own)
            CheckOwn(own, result, problems);
        CheckRelations(spec, result, problems);
        if (spec.ShortReferencesResolve)
            CheckShortReferences(result, problems);

        if (problems.Count > 0)
            Assert.Fail($"{spec.Name}:\n  - {string.Join("\n  - ", problems)}\nextracted:\n{Describe(result)}");
    }

    private static void CheckDocument(ExpectedDocument e, List<CitedDocument> cited, List<string> problems)
    {
        var doc = Find(e.Symbol, e.Date, cited);
        if (doc is null)
        {
            problems.Add($"{e.Symbol}{(e.Date is null ? "" : " of " + e.Date)}: not found");
            return;
        }
        var name = e.Symbol;
        if (e.Type is not null && doc.Type != e.Type)
            problems.Add($"{name}: type expected '{e.Type}', got '{doc.Type}'");
        if (e.Date is not null && doc.Date?.ToIso() != e.Date)
            problems.Add($"{name}: date expected {e.Date}, got {doc.Date?.ToIso() ?? "null"}");
        if (e.Undated && doc.Date is not null)
            problems.Add($"{name}: no date expected, got {doc.Date.ToIso()}");
        if (e.Level is not null && doc.Issuer?.Level != e.Level)
            problems.Add($"{name}: level expected {e.Level}, got {doc.Issuer?.Level?.ToString() ?? "null"}");
        if (e.Level == Level.Central && doc.Issuer?.Locality is not null)
            problems.Add($"{name}: a central document has no locality, got '{doc.Issuer.Locality}'");
        if (e.Locality is not null && doc.Issuer?.Locality != e.Locality)
            problems.Add($"{name}: locality expected '{e.Locality}', got '{doc.Issuer?.Locality ?? "null"}'");
        if (e.Issuer is not null && doc.Issuer?.Name.Contains(e.Issuer, StringComparison.Ordinal) != true)
            problems.Add($"{name}: issuer expected to name '{e.Issuer}', got '{doc.Issuer?.Name ?? "null"}'");
        if (e.Title is not null && !string.Equals(doc.Title, e.Title, StringComparison.InvariantCultureIgnoreCase))
            problems.Add($"{name}: title expected '{e.Title}', got '{doc.Title ?? "null"}'");
        if (e.Mentions is int n && doc.Mentions.Count != n)
            problems.Add($"{name}: expected {n} mentions, got {doc.Mentions.Count}");
    }

    private static void CheckOwn(ExpectedOwnDocument e, ExtractionResult result, List<string> problems)
    {
        var own = result.Documents.Single(d => d.IsOwn);
        if (e.Type is not null && own.Type != e.Type)
            problems.Add($"self: type expected '{e.Type}', got '{own.Type}'");
        if (e.Symbol is not null && own.Symbol?.Canonical != e.Symbol)
            problems.Add($"self: symbol expected {e.Symbol}, got {own.Symbol?.Canonical ?? "null"}");
        if (e.NoSymbol && own.Symbol is not null)
            problems.Add($"self: a blank number gives no symbol, got {own.Symbol.Canonical}");
        if (e.Date is not null && own.Date?.ToIso() != e.Date)
            problems.Add($"self: date expected {e.Date}, got {own.Date?.ToIso() ?? "null"}");
        if (e.Level is not null && own.Issuer?.Level != e.Level)
            problems.Add($"self: level expected {e.Level}, got {own.Issuer?.Level?.ToString() ?? "null"}");
        if (e.Locality is not null && own.Issuer?.Locality != e.Locality)
            problems.Add($"self: locality expected '{e.Locality}', got '{own.Issuer?.Locality ?? "null"}'");
        if (e.Issuer is not null && own.Issuer?.Name.Contains(e.Issuer, StringComparison.Ordinal) != true)
            problems.Add($"self: issuer expected to name '{e.Issuer}', got '{own.Issuer?.Name ?? "null"}'");
        if (e.TitleStart is not null && own.Title?.StartsWith(e.TitleStart, StringComparison.InvariantCultureIgnoreCase) != true)
            problems.Add($"self: title expected to start '{e.TitleStart}', got '{own.Title ?? "null"}'");
        if (e.Signer is not null && result.Report.Signer != e.Signer)
            problems.Add($"self: signer expected '{e.Signer}', got '{result.Report.Signer ?? "null"}'");
        if (e.SignatureRoleStart is not null && result.Report.SignatureRole?.StartsWith(e.SignatureRoleStart, StringComparison.Ordinal) != true)
            problems.Add($"self: signature role expected to start '{e.SignatureRoleStart}', got '{result.Report.SignatureRole ?? "null"}'");
    }

    private static void CheckRelations(ExtractorSpec spec, ExtractionResult result, List<string> problems)
    {
        var cited = result.Documents.Where(d => !d.IsOwn).ToList();
        var matched = new HashSet<Relation>();
        foreach (var e in spec.Relations)
        {
            var from = Id(e.From, cited);
            var to = Id(e.To, cited);
            var hit = result.Relations.FirstOrDefault(r => r.From == from && r.To == to && r.Type == e.Type);
            if (hit is null) problems.Add($"relation {e}: missing");
            else matched.Add(hit);
        }
        if (!spec.ExactRelations) return;
        foreach (var r in result.Relations.Where(r => !matched.Contains(r)))
            problems.Add($"relation {Key(r.From, result)} -{r.Type}-> {Key(r.To, result)}: not in the text");
    }

    private static void CheckShortReferences(ExtractionResult result, List<string> problems)
    {
        var resolved = result.Documents.SelectMany(d => d.Mentions).ToHashSet();
        for (var i = 0; i < result.Mentions.Count; i++)
            if (result.Mentions[i].Kind == MentionKind.Short && !resolved.Contains(i))
                problems.Add($"short reference '{result.Mentions[i].Written}' resolves to no document");
        if (!result.Mentions.Any(m => m.Kind == MentionKind.Short))
            problems.Add("no short reference was read at all");
    }

    /// <summary>A document by canonical symbol, or "#Nghị quyết 04" for one cited by type and number only.</summary>
    private static string Name(CitedDocument d) => d.Symbol?.Canonical ?? (d.Number is null ? "(no symbol)" : $"#{d.Type} {d.Number}");

    /// <summary>A document by its name (<see cref="Name"/>); where several share it, the one of the given date.</summary>
    private static CitedDocument? Find(string symbol, string? date, List<CitedDocument> cited)
    {
        var same = cited.Where(d => Name(d) == symbol).ToList();
        return same.Count <= 1 || date is null ? same.FirstOrDefault() : same.FirstOrDefault(d => d.Date?.ToIso() == date);
    }

    private static string? Id(string key, List<CitedDocument> cited)
    {
        if (key == CitedDocument.OwnId) return key;
        var at = key.IndexOf('@', StringComparison.Ordinal);
        return (at < 0 ? Find(key, null, cited) : Find(key[..at], key[(at + 1)..], cited))?.LocalId;
    }

    private static string Key(string localId, ExtractionResult result)
    {
        if (localId == CitedDocument.OwnId) return localId;
        var doc = result.Documents.FirstOrDefault(d => d.LocalId == localId);
        if (doc is null || (doc.Symbol is null && doc.Number is null)) return localId;
        var twins = result.Documents.Count(d => Name(d) == Name(doc));
        return twins > 1 ? $"{Name(doc)}@{doc.Date?.ToIso()}" : Name(doc);
    }

    internal static string Describe(ExtractionResult result)
    {
        var s = new StringBuilder();
        foreach (var d in result.Documents)
        {
            s.Append(CultureInfo.InvariantCulture, $"    {d.LocalId}: {d.Type} {(d.IsOwn ? d.Symbol?.Canonical ?? "(no symbol)" : Name(d))} date={d.Date?.ToIso() ?? "null"}");
            s.Append(CultureInfo.InvariantCulture, $" issuer=[{d.Issuer?.Name ?? "null"} | {d.Issuer?.Level?.ToString() ?? "null"} | {d.Issuer?.Locality ?? "null"}]");
            s.Append(CultureInfo.InvariantCulture, $" mentions={d.Mentions.Count} title={d.Title ?? "null"}\n");
        }
        foreach (var r in result.Relations)
            s.Append(CultureInfo.InvariantCulture, $"    {Key(r.From, result)} -{r.Type}-> {Key(r.To, result)}\n");
        s.Append(CultureInfo.InvariantCulture, $"    report: signer={result.Report.Signer ?? "null"} role={result.Report.SignatureRole ?? "null"}\n");
        foreach (var d in result.Diagnostics)
            s.Append(CultureInfo.InvariantCulture, $"    diagnostic {d.Code}: {d.Message}\n");
        return s.ToString();
    }
}
