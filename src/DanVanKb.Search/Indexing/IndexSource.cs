namespace DanVanKb.Search.Indexing;

/// <summary>A report, with where its citations are: each mention's offsets in <see cref="Text"/> and the
/// document it names.</summary>
public sealed record IndexSource(string Id, string File, string Text, IReadOnlyList<IndexMention> Mentions);

/// <summary>A citation in a report: its offsets in the original text and its document.</summary>
public sealed record IndexMention(int Start, int End, string DocumentId);
