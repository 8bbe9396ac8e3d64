namespace DanVanKb.Core.Model;

/// <summary>A span of the original file: character offsets into the decoded text, and the 1-based line
/// and column of its start.</summary>
public sealed record SourceSpan(int Start, int End, int Line, int Column);
