namespace DanVanKb.Core.Model;

/// <summary>Something odd in the text, kept and shown rather than thrown.</summary>
public sealed record Diagnostic(string Code, string Message, SourceSpan? Span);
