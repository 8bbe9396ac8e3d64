namespace DanVanKb.Core.Model;

/// <summary>One (symbol, date) pair as written, and how many mentions wrote it.</summary>
public sealed record DateVariant(string Symbol, PartialDate? Date, int Count);
