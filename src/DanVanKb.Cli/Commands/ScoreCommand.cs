using System.CommandLine;
using System.Globalization;

using DanVanKb.Cli.Scoring;
using DanVanKb.Core.Extraction;
using DanVanKb.Documents;

namespace DanVanKb.Cli.Commands;

/// <summary>`score GOLD_DIR --corpus DIR`: each report extracted alone, compared with its answer file.</summary>
public static class ScoreCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("gold") { Description = "A folder of *.gold.json answer files" };
        var corpus = new Option<string>("--corpus") { Description = "The folder holding the reports they describe", Required = true };
        var verbose = new Option<bool>("--verbose") { Description = "List every miss" };
        var command = new Command("score", "Measure the extractor against hand-made answer files") { gold, corpus, verbose };
        command.SetAction(parse =>
        {
            var scores = Run(parse.GetValue(gold)!, parse.GetValue(corpus)!);
            Print(scores, stdout);
            if (parse.GetValue(verbose))
                foreach (var m in scores.SelectMany(s => s.Misses)) stdout.WriteLine("  " + m);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static IReadOnlyList<Score> Run(string goldDir, string corpusDir)
    {
        var scores = new List<Score>();
        foreach (var path in Directory.EnumerateFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var g = GoldFile.Load(path);
            var report = Path.Combine(corpusDir, g.File);
            var decoded = ReportFileReader.Read(report, File.ReadAllBytes(report));
            if (!decoded.Ok) throw new InvalidDataException($"{report}: {decoded.Refusal}");
            scores.Add(GoldScorer.Compare(g, Extractor.Extract(decoded.Text!)));
        }
        return scores;
    }

    public static void Print(IReadOnlyList<Score> scores, TextWriter o)
    {
        o.WriteLine($"{"report",-28} {"docs P",7} {"docs R",7} {"dates",7} {"rel P",7} {"rel R",7} {"rel F1",7}");
        foreach (var s in scores.Append(Score.Sum("all (micro)", scores)))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.File,-28} {s.DocumentPrecision,7:0.000} {s.DocumentRecall,7:0.000} {s.DateAccuracy,7:0.000} {s.RelationPrecision,7:0.000} {s.RelationRecall,7:0.000} {s.RelationF1,7:0.000}"));
    }
}
