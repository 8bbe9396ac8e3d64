namespace DanVanKb.Core.Checking;

public enum Severity
{
    Note,
    Warning,
    Error,
}
