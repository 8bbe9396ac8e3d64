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
}

public static class RelationTypeNames
{
    public static string ToExport(this RelationType type) => type.ToString().ToLowerInvariant();

    public static RelationType? FromExport(string name) =>
        Enum.TryParse<RelationType>(name, ignoreCase: true, out var t) ? t : null;
}
