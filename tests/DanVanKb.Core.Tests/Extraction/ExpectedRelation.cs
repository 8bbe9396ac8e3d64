using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Extraction;

/// <summary>A relation by the canonical symbols of its ends ("self" for the report's own document;
/// "06-ĐA/TU@2017-12-14" where two documents share a symbol).</summary>
public sealed record ExpectedRelation(string From, RelationType Type, string To)
{
    public override string ToString() => $"{From} -{Type}-> {To}";
}
