using DanVanKb.Core.Checking;
using DanVanKb.Storage.Reading;
using DanVanKb.Web.Knowledge;

namespace DanVanKb.Web.Checking;

/// <summary>A draft checked against the knowledge base: its findings, each once, in text order, and the
/// counts the summary gives.</summary>
public sealed record DraftReport(string Text, IReadOnlyList<FindingView> Findings)
{
    public int Correct => Findings.Count(f => f.Finding.Kind == FindingKind.Correct);

    public int Errors => Findings.Count(f => f.Finding.Severity == Severity.Error);

    public int Warnings => Findings.Count(f => f.Finding.Severity == Severity.Warning);

    public static DraftReport Check(string text, KbStore store)
    {
        var snapshot = store.Snapshot();
        IReadOnlyList<Finding> findings;
        using (var reader = store.Reader()) findings = DraftChecker.Check(text, new KbCatalog(reader));
        var views = findings
            .DistinctBy(f => (f.Kind, f.Span.Start, f.Span.End, f.Written, f.Suggestion))
            .Select((f, i) =>
            {
                var docs = f.Documents.Select(snapshot.ById.GetValueOrDefault).OfType<DocumentRow>().ToList();
                var known = docs.Count == 1 ? Citation.Known(docs[0]) : null;
                return new FindingView(i + 1, f, FindingView.CssOf(f), FindingText.Heading(f.Kind), FindingText.Detail(f, known), docs,
                    FindingView.ReplaceRange(f, text));
            })
            .ToList();
        return new DraftReport(text, views);
    }
}
