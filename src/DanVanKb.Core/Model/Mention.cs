namespace DanVanKb.Core.Model;

/// <summary>One place where a report cites a document, with what that place says about it.</summary>
public sealed record Mention(
    MentionKind Kind,
    string Written,
    DocumentSymbol? Symbol,
    string? TypeWord,
    string TypeName,
    PartialDate? Date,
    string? DateWritten,
    Issuer? Issuer,
    string? Title,
    SourceSpan Span,
    int Segment,
    bool InFootnote,
    bool InTable)
{
    /// <summary>For a short reference: the number it names.</summary>
    public string? ShortNumber { get; init; }
}
