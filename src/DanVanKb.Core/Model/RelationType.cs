namespace DanVanKb.Core.Model;

public enum RelationType
{
    Implements,
    Continues,
    Replaces,
    Issues,
    Guides,
    Reviews,
    Coordinates,

    /// <summary>"Căn cứ X": X is the legal basis (vbpl's "Văn bản căn cứ").</summary>
    BasedOn,

    /// <summary>"X sửa đổi, bổ sung Y".</summary>
    Amends,
}

public static class RelationTypeNames
{
    /// <summary>The export contract's name: lower case, words joined by "_" (based_on).</summary>
    public static string ToExport(this RelationType type) => type switch
    {
        RelationType.BasedOn => "based_on",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static RelationType? FromExport(string name) =>
        Enum.TryParse<RelationType>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var t) ? t : null;
}
