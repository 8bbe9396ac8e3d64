namespace DanVanKb.Cli.Scoring;

/// <summary>How one report's extraction compares with its answer file.</summary>
public sealed record Score(
    string File,
    int GoldDocuments,
    int PredictedDocuments,
    int MatchedDocuments,
    int DatesChecked,
    int DatesRight,
    int GoldRelations,
    int PredictedRelations,
    int MatchedRelations,
    IReadOnlyList<string> Misses)
{
    public double DocumentPrecision => Ratio(MatchedDocuments, PredictedDocuments);

    public double DocumentRecall => Ratio(MatchedDocuments, GoldDocuments);

    public double DateAccuracy => Ratio(DatesRight, DatesChecked);

    public double RelationPrecision => Ratio(MatchedRelations, PredictedRelations);

    public double RelationRecall => Ratio(MatchedRelations, GoldRelations);

    public double RelationF1 => RelationPrecision + RelationRecall == 0 ? 0 : 2 * RelationPrecision * RelationRecall / (RelationPrecision + RelationRecall);

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    public static Score Sum(string name, IEnumerable<Score> scores)
    {
        var all = scores.ToList();
        return new Score(name, all.Sum(s => s.GoldDocuments), all.Sum(s => s.PredictedDocuments), all.Sum(s => s.MatchedDocuments),
            all.Sum(s => s.DatesChecked), all.Sum(s => s.DatesRight), all.Sum(s => s.GoldRelations), all.Sum(s => s.PredictedRelations),
            all.Sum(s => s.MatchedRelations), [.. all.SelectMany(s => s.Misses)]);
    }
}
