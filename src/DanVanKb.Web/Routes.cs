using System.Globalization;
using System.Text;

namespace DanVanKb.Web;

/// <summary>Every URL of the site, built in one place: stable, readable, Vietnamese paths.</summary>
public static class Routes
{
    public const string Home = "/";
    public const string SearchPath = "/tim-kiem";
    public const string HierarchyPath = "/he-thong";
    public const string DocumentPattern = "/van-ban/{slug}";
    public const string SourcePattern = "/nguon/{id}";
    public const string SourceOriginalPattern = "/nguon/{id}/tep-goc";
    public const string CheckPath = "/kiem-tra";
    public const string ApiCheck = "/api/check";

    public static string Document(string slug) => $"/van-ban/{Uri.EscapeDataString(slug)}";

    public static string Source(string id) => $"/nguon/{Uri.EscapeDataString(id)}";

    /// <summary>A report's original file, for download.</summary>
    public static string SourceOriginal(string id) => $"{Source(id)}/tep-goc";

    /// <summary>A line of a report: evidence links land on the line's anchor.</summary>
    public static string SourceLine(string id, int line) => $"{Source(id)}#{LineAnchor(line)}";

    public static string LineAnchor(int line) => "L" + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>A search; with <paramref name="report"/>, only that report's passages (bao-cao=src-…).</summary>
    public static string Search(string? q, string? type = null, string? level = null, string? place = null, int? from = null, int? to = null, int page = 1, string? report = null) =>
        SearchPath + Query(("q", q), ("loai", type), ("cap", level), ("noi", place), ("tu", from?.ToString(CultureInfo.InvariantCulture)),
            ("den", to?.ToString(CultureInfo.InvariantCulture)), ("bao-cao", report), ("trang", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    public static string Hierarchy(string? level = null, string? place = null) => HierarchyPath + Query(("cap", level), ("noi", place));

    /// <summary>The timeline of a document's implementation.</summary>
    public static string Timeline(string slug) => HierarchyPath + Query(("van-ban", slug));

    public static string ApiSearch(string q) => "/api/search" + Query(("q", q));

    public static string ApiDocument(string id) => $"/api/documents/{Uri.EscapeDataString(id)}";

    public static string ApiTree(string id) => $"/api/documents/{Uri.EscapeDataString(id)}/tree";

    public static string ApiSource(string id) => $"/api/sources/{Uri.EscapeDataString(id)}";

    private static string Query(params (string Key, string? Value)[] parts)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in parts)
        {
            if (string.IsNullOrEmpty(value)) continue;
            sb.Append(sb.Length == 0 ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }
        return sb.ToString();
    }
}
