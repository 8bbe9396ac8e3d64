using System.Text.RegularExpressions;

using Microsoft.Playwright;

namespace DanVanKb.Web.Tests.Browser;

/// <summary>What every page a newcomer sees must hold: no path of the server (the folder the reports were
/// read from, the data folder, any absolute path), and every report named by its number or, without one,
/// by "không số" and its issuer — never by a file name.</summary>
public static partial class PageChecks
{
    /// <summary>Checks the page and returns how many reports it names.</summary>
    public static async Task<int> NoServerPathAndReportsNamed(IPage page, params string[] serverFolders)
    {
        var html = await page.ContentAsync();
        foreach (var folder in serverFolders)
            Assert.False(html.Contains(folder, StringComparison.Ordinal), $"{page.Url} shows the server folder {folder}");
        var absolute = AbsolutePath().Match(html);
        Assert.False(absolute.Success, $"{page.Url} shows an absolute path near: {(absolute.Success ? html.Substring(Math.Max(0, absolute.Index - 80), Math.Min(200, html.Length - Math.Max(0, absolute.Index - 80))) : "")}");
        var names = await page.Locator(".report-name").AllInnerTextsAsync();
        foreach (var name in names)
        {
            Assert.Matches(ReportName(), name.Trim());
            Assert.DoesNotMatch(FileName(), name.Trim());
        }
        return names.Count;
    }

    /// <summary>"Báo cáo số 286-BC/HU ngày …", "Chỉ thị số 15-CT/TU …", "Báo cáo không số tháng 5 năm 2023 của …".</summary>
    [GeneratedRegex(@"^(Báo cáo|Chỉ thị|Kế hoạch|Hướng dẫn|Chương trình|Công văn|Quyết định|Nghị quyết|Kết luận|Thông báo|Tờ trình|Đề án|Quy chế|Quy định|Văn bản) (số \S+|không số)( |$)")]
    private static partial Regex ReportName();

    [GeneratedRegex(@"\.(txt|md|docx)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"(?<![\w.:/-])/(home|root|tmp|work|var|srv|opt|mnt|media|usr|etc|data|Users|private)/|\b[A-Za-z]:\\[\w.]")]
    private static partial Regex AbsolutePath();
}
