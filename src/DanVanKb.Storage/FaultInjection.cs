namespace DanVanKb.Storage;

/// <summary>Faults the reliability tests inject into a real run through the DANVANKB_FAULT environment
/// variable; unset, nothing happens. after-commit: ingest throws after its SQLite commits, before the
/// index update. mid-withdrawal: ingest throws after its first withdrawal commit, before the others and the
/// graph rebuild. disk-full: the writer's database may not grow (SQLite max_page_count), as on a full disk.</summary>
public static class FaultInjection
{
    public const string Variable = "DANVANKB_FAULT";

    public static bool AfterCommit => Is("after-commit");

    public static bool DiskFull => Is("disk-full");

    public static bool MidWithdrawal => Is("mid-withdrawal");

    public static void ThrowIfAfterCommit()
    {
        if (AfterCommit) throw new InvalidOperationException($"injected fault ({Variable}=after-commit): stopped between the SQLite commit and the index update");
    }

    public static void ThrowIfMidWithdrawal()
    {
        if (MidWithdrawal) throw new InvalidOperationException($"injected fault ({Variable}=mid-withdrawal): stopped after a withdrawal's commit, before the graph rebuild");
    }

    private static bool Is(string name) => string.Equals(Environment.GetEnvironmentVariable(Variable), name, StringComparison.Ordinal);
}
