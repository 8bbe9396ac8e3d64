using DanVanKb.Core.Model;

namespace DanVanKb.Core.Identity;

/// <summary>A relation between two documents of the knowledge base, as one report states it.</summary>
public sealed record GraphRelation(string From, string To, RelationType Type, string Source, string Evidence, SourceSpan Span);
