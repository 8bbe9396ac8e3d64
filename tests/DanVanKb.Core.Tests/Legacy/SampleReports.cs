using System.Text.RegularExpressions;

namespace DanVanKb.Core.Tests.Legacy;

/// <summary>The sample reports bundled in the repository's corpus/ folder, found from the test binary.</summary>
public static partial class SampleReports
{
    public static IReadOnlyList<string> Files { get; } = Find();

    /// <summary>The report as a legacy charset can hold it: superscript footnote markers (¹²), which no
    /// legacy charset has, written as ^[12].</summary>
    public static string Encodable(string text) =>
        Superscripts().Replace(text, m => "^[" + string.Concat(m.Value.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var d and >= 0 ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""))
            + "]");

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+")]
    private static partial Regex Superscripts();

    private static List<string> Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVanKb.sln")))
                return [.. Directory.GetFiles(Path.Combine(dir.FullName, "corpus"), "*.txt").Order(StringComparer.Ordinal)];
        throw new InvalidOperationException("DanVanKb.sln not found above " + AppContext.BaseDirectory);
    }
}
