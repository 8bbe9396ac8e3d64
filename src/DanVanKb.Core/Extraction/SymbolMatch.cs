using DanVanKb.Core.Model;

namespace DanVanKb.Core.Extraction;

/// <summary>A symbol found in text: where, as written, and parsed.</summary>
public sealed record SymbolMatch(int Start, int End, string Written, DocumentSymbol Symbol);
