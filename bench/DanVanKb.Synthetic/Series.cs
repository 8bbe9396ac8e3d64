namespace DanVanKb.Synthetic;

/// <summary>Which of a body's documents: its plan for a campaign, its plan for a review year of a campaign,
/// its annual plan, one of its own local documents, or its plan for the province's Đề án.</summary>
public enum SeriesKind
{
    Plan,
    Review,
    Annual,
    Local,
    ProjectPlan,
}

/// <summary>A document of a body by what it is; <see cref="Arg"/> is the campaign, the year or the local index,
/// <see cref="Year"/> the review year.</summary>
public readonly record struct Series(SeriesKind Kind, int Arg, int Year = 0);

/// <summary>A body's document, numbered in the body's yearly sequence.</summary>
public sealed record LocalDocument(Series Series, SyntheticDocument Document, Body Body);
