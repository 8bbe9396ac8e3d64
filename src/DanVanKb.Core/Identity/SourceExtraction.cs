using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>One report's extraction, as the knowledge base holds it.</summary>
public sealed record SourceExtraction(string SourceId, string File, ExtractionResult Result);
