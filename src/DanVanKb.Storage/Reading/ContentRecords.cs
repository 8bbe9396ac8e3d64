namespace DanVanKb.Storage.Reading;

/// <summary>A report's text as stored (the decoded original: offsets and lines refer to it).</summary>
public sealed record SourceTextRow(string Id, string File, string Text);

/// <summary>A citation as written in a report, with where, and the document it was resolved to.</summary>
public sealed record MentionRow(
    string SourceId,
    int Index,
    string Kind,
    string Written,
    string? Symbol,
    string Type,
    string? Date,
    int Line,
    int Column,
    int Start,
    int End,
    string? DocumentId,
    bool InFootnote,
    bool InTable);
