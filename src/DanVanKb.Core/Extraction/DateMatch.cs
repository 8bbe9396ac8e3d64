using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>A date found in text; <see cref="Date"/> is null when the written date is impossible.</summary>
public sealed record DateMatch(int Start, int End, string Written, PartialDate? Date);
