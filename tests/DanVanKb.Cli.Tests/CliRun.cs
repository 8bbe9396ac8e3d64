namespace DanVanKb.Cli.Tests;

/// <summary>Runs the real CLI in process and captures what it prints.</summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        using var o = new StringWriter();
        using var e = new StringWriter();
        var exit = CliApp.Run(args, o, e);
        return new CliRun(exit, o.ToString(), e.ToString());
    }
}
