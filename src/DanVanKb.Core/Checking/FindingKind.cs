namespace DanVanKb.Core.Checking;

/// <summary>What the checker can say about a citation in a draft.</summary>
public enum FindingKind
{
    Correct,
    WrongDate,
    WrongSymbolForm,
    WrongIssuer,
    WrongTypeWord,
    Ambiguous,
    Unknown,
    ShortBeforeFull,
    ImpossibleRelation,
}
