namespace DanVanKb.Cli;

/// <summary>Distinct exit codes, so scripts can tell what happened.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but some input was refused (ingest) or errors were found (check).</summary>
    public const int Partial = 1;

    /// <summary>Bad usage or a knowledge base that cannot be used.</summary>
    public const int Error = 2;

    /// <summary>Nothing found (show, cite).</summary>
    public const int NotFound = 3;
}
