using System.Globalization;

namespace DanVanKb.Bench;

public enum VerdictStatus
{
    Met,
    Missed,
    NotMeasured,
}

/// <summary>A target of the issue judged on one measurement: what was measured, what is required, and the
/// ratio of the two oriented so that 1.0 or more meets it. Never hard-coded: built from the figures.</summary>
public sealed record Verdict(string Target, string Size, string Measured, string Required, double? Ratio, VerdictStatus Status)
{
    public string StatusText => Status switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.Missed => "MISSED",
        _ => "not measured",
    };

    /// <summary>A "measured ≥ required" target.</summary>
    public static Verdict AtLeast(string target, string size, double measured, double required, string unit) =>
        Of(target, size, Fmt(measured) + unit, "≥ " + Fmt(required) + unit, measured / required);

    /// <summary>A "measured ≤ required" target.</summary>
    public static Verdict AtMost(string target, string size, double measured, double required, string unit) =>
        Of(target, size, Fmt(measured) + unit, "≤ " + Fmt(required) + unit, measured <= 0 ? double.PositiveInfinity : required / measured);

    public static Verdict Unmeasured(string target, string size, string why, string required) => new(target, size, why, required, null, VerdictStatus.NotMeasured);

    private static Verdict Of(string target, string size, string measured, string required, double ratio) =>
        new(target, size, measured, required, double.IsInfinity(ratio) ? null : Math.Round(ratio, 3), ratio >= 1 ? VerdictStatus.Met : VerdictStatus.Missed);

    public static string Fmt(double v) => v switch
    {
        >= 100 => v.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => v.ToString("0.#", CultureInfo.InvariantCulture),
        >= 1 => v.ToString("0.##", CultureInfo.InvariantCulture),
        _ => v.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
