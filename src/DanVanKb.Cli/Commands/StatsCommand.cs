using System.CommandLine;

using DanVanKb.Storage;
using DanVanKb.Storage.Reading;

namespace DanVanKb.Cli.Commands;

/// <summary>`stats`: what the knowledge base holds.</summary>
public static class StatsCommand
{
    public static Command Create(Option<string> data, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("stats", "Counts of reports, documents, relations and conflicts");
        command.SetAction(parse =>
        {
            var kb = new KbPaths(parse.GetValue(data)!);
            using var reader = KbAccess.OpenFresh(kb);
            var s = reader.Stats();
            stdout.WriteLine($"reports:    {s.Sources}");
            stdout.WriteLine($"documents:  {s.Documents} ({s.CitedOnly} known only from citations, {s.Conflicts} with conflicting citations)");
            stdout.WriteLine($"mentions:   {s.Mentions}");
            stdout.WriteLine($"relations:  {s.Relations}");
            stdout.WriteLine("by type:    " + string.Join(", ", s.ByType.Select(x => $"{x.Key} {x.Count}")));
            stdout.WriteLine("by level:   " + string.Join(", ", s.ByLevel.Select(x => $"{x.Key} {x.Count}")));
            stdout.WriteLine("relations:  " + string.Join(", ", s.ByRelation.Select(x => $"{x.Key} {x.Count}")));
            return ExitCodes.Ok;
        });
        return command;
    }
}
