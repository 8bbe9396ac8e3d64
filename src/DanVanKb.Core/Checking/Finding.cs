using DanVanKb.Core.Model;

namespace DanVanKb.Core.Checking;

/// <summary>One thing the checker found, where, and the correction it suggests (the text to put in place
/// of <see cref="Span"/>), with the evidence behind it.</summary>
public sealed record Finding(
    FindingKind Kind,
    Severity Severity,
    SourceSpan Span,
    string Written,
    string Message,
    string? Suggestion,
    IReadOnlyList<string> Documents);
