using DanVanKb.Core.Model;

namespace DanVanKb.Core.Vocabulary;

/// <summary>An issuer code of a symbol (TU, UBND, TTg): whether it is a Party body, its level, its name,
/// and at which level the report's own locality completes the name (Tỉnh ủy + the report's province).</summary>
public sealed record IssuerCode(string Code, bool Party, Level? Level, string Name, Level? LocalityLevel);
