namespace DanVanKb.Core.Model;

/// <summary>An issuing body as the text names it (abbreviations expanded), with its level and locality.</summary>
public sealed record Issuer(string Name, Level? Level, string? Locality);
