using DanVanKb.Web.Checking;

namespace DanVanKb.Web.Api;

/// <summary>A checked draft as the JSON twin gives it: the summary counts and each finding with its place
/// (line, column, offsets into the text sent), the Vietnamese explanation, the English message, the
/// suggestion and the range it replaces, and the documents it names.</summary>
public sealed record CheckJson(CheckSummaryJson Summary, IReadOnlyList<FindingJson> Findings)
{
    public static CheckJson From(DraftReport r) =>
        new(new CheckSummaryJson(r.Correct, r.Errors, r.Warnings), [.. r.Findings.Select(FindingJson.From)]);
}

public sealed record CheckSummaryJson(int Correct, int Errors, int Warnings);

public sealed record FindingJson(int Number, string Kind, string Severity, string Heading, string Explanation, string Message,
    int Line, int Column, int Start, int End, string Written, string? Suggestion, TextRange? Replace, IReadOnlyList<DocumentJson> Documents)
{
    public static FindingJson From(FindingView v)
    {
        var f = v.Finding;
        return new(v.Number, f.Kind.ToString(), f.Severity.ToString().ToLowerInvariant(), v.Heading, v.Explanation, f.Message,
            f.Span.Line, f.Span.Column, f.Span.Start, f.Span.End, f.Written, f.Suggestion, v.Replace, [.. v.Documents.Select(DocumentJson.From)]);
    }
}
