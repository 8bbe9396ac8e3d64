namespace DanVanKb.Documents.Docx;

/// <summary>A Word report as plain text in the form the extractor reads, with where each line came from
/// and the legacy (pre-Unicode) fonts whose runs were converted.</summary>
public sealed record DocxReport(string Text, IReadOnlyList<LineOrigin> Lines, IReadOnlyList<string> LegacyFonts);
