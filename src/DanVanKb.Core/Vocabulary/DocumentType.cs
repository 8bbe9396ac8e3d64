namespace DanVanKb.Core.Vocabulary;

/// <summary>A kind of document: its full name, the words that name it in running text, and the codes
/// its symbols carry.</summary>
public sealed record DocumentType(string Name, IReadOnlyList<string> Words, IReadOnlyList<string> PartyCodes, IReadOnlyList<string> StateCodes);
