using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>A (symbol, date) pair as the reports wrote it, how many mentions wrote it and in which reports.</summary>
public sealed record GraphVariant(string Symbol, PartialDate? Date, int Count, IReadOnlyList<string> Sources);
