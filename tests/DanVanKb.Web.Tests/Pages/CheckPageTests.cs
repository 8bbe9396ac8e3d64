using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using DanVanKb.Web.Tests.Checking;

namespace DanVanKb.Web.Tests.Pages;

public partial class CheckPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient client = site.CreateClient();

    /// <summary>The form's antiforgery token (the client keeps the cookie).</summary>
    private async Task<string> Token()
    {
        var html = await client.GetStringAsync(Routes.CheckPath);
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups["v"].Value);
    }

    private async Task<HttpResponseMessage> Post(string? text = null, (string Name, byte[] Bytes)? file = null, bool token = true)
    {
        var form = new MultipartFormDataContent();
        if (token) form.Add(new StringContent(await Token()), "__RequestVerificationToken");
        form.Add(new StringContent(text ?? ""), "text");
        if (file is { } f) form.Add(new ByteArrayContent(f.Bytes), "tep", f.Name);
        return await client.PostAsync(Routes.CheckPath, form);
    }

    private static async Task<string> Html(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {html}");
        return html;
    }

    [Fact]
    public async Task The_page_is_in_the_navigation_and_has_a_protected_form()
    {
        var home = await client.GetStringAsync(Routes.Home);
        Assert.Contains($"href=\"{Routes.CheckPath}\">Kiểm tra trích dẫn</a>", home, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(await Token()));
        var page = await client.GetStringAsync(Routes.CheckPath);
        Assert.Contains("<script src=\"/static/check.js\" defer></script>", page, StringComparison.Ordinal);
        var script = await client.GetAsync("/static/check.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("data-apply", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_date_a_wrong_symbol_form_and_an_unknown_plan_are_marked_explained_and_correctable()
    {
        var html = await Html(await Post(Drafts.ThreeErrors.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Contains("<strong>Sai ngày</strong>", html, StringComparison.Ordinal);
        Assert.Contains("25-NQ/TW ban hành ngày 03/6/2013, không phải 06/3/2013 (3/3 lần ghi).", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Sai cách ghi số hiệu", html, StringComparison.Ordinal);
        Assert.Contains("Không có trong cơ sở dữ liệu", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<li id=\"f-\\d+\" class=\"finding"));
        Assert.Matches("<div class=\"error\"><strong>2</strong><span>lỗi</span>", html);
        Assert.Matches("<div class=\"warning\"><strong>1</strong><span>cảnh báo</span>", html);
        Assert.Contains("<mark class=\"m-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"m-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("dòng 4, cột 11", html, StringComparison.Ordinal);

        // the corrections point into the text as the textarea holds it (LF line ends), which the page shows back
        var text = Drafts.ThreeErrors;
        foreach (Match m in ApplyButton().Matches(html))
        {
            var (start, end) = (int.Parse(m.Groups["s"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["e"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(WebUtility.HtmlDecode(m.Groups["w"].Value), text[start..end]);
        }
        Assert.Equal(["03/6/2013", "97-KH/TU"], ApplyButton().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["g"].Value)));
        Assert.Equal(text, WebUtility.HtmlDecode(Textarea().Match(html).Groups["t"].Value));
    }

    [Fact]
    public async Task A_docx_is_read_paragraph_by_paragraph()
    {
        var html = await Html(await Post(file: ("du-thao.docx", DocxDraft.Of(Drafts.ThreeErrors))));
        Assert.Contains("Sai ngày", html, StringComparison.Ordinal);
        Assert.Contains("Sai cách ghi số hiệu", html, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 97/KH-TU", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workbook_or_an_old_doc_uploaded_as_docx_is_refused_saying_what_it_is()
    {
        using var stream = new MemoryStream();
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        var html = await Html(await Post(file: ("bang.docx", stream.ToArray())), HttpStatusCode.BadRequest);
        Assert.Contains("Tệp “bang.docx”: đây là bảng tính Excel", html, StringComparison.Ordinal);
        html = await Html(await Post(file: ("cu.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])), HttpStatusCode.BadRequest);
        Assert.Contains("đây là tệp Word cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_is_read_too()
    {
        var html = await Html(await Post(file: ("du-thao.txt", Encoding.UTF8.GetBytes(Drafts.WrongDate))));
        Assert.Contains("data-suggestion=\"03/6/2013\"", html, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?, string> BadInputs() => new()
    {
        { "", null, "Chưa có nội dung" },
        { "   ", null, "Chưa có nội dung" },
        { null, "bao-cao.pdf", "chỉ nhận tệp .txt, .md hoặc .docx" },
        { null, "bao-cao.docx", "không đọc được tệp .docx" },
        { null, "bao-cao.txt", "không phải văn bản thuần" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_a_400_with_the_reason_not_a_failure(string? text, string? fileName, string says)
    {
        var bytes = fileName is null ? null : new byte[] { 0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFE, 0x00, 0x01, 0x02 };
        if (fileName?.EndsWith(".txt", StringComparison.Ordinal) == true) bytes = [0x54, 0xC3, 0x28, 0x41, 0x42];
        var html = await Html(await Post(text, bytes is null ? null : (fileName!, bytes)), HttpStatusCode.BadRequest);
        Assert.Contains(says, html, StringComparison.Ordinal);
        Assert.Contains("id=\"check-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_over_2_MB_is_a_400_that_says_the_limit()
    {
        var html = await Html(await Post(new string('a', 2 * 1024 * 1024 + 1)), HttpStatusCode.BadRequest);
        Assert.Contains("quá lớn: tối đa 2 MB", html, StringComparison.Ordinal);
        html = await Html(await Post(file: ("lon.txt", Encoding.UTF8.GetBytes(new string('a', 2 * 1024 * 1024 + 1)))), HttpStatusCode.BadRequest);
        Assert.Contains("quá lớn: tối đa 2 MB", html, StringComparison.Ordinal);
        var huge = await Post(new string('a', 2 * 1024 * 1024), ("lon.txt", new byte[8 * 1024 * 1024]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("quá lớn", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var response = await Post(Drafts.WrongDate, token: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sai ngày", html, StringComparison.Ordinal);
        Assert.Contains("biểu mẫu đã hết hạn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_page_gives_the_official_citation_its_short_form_and_how_far_to_trust_it()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Routes.Document("25-NQ-TW-2013")));
        Assert.Matches("<p id=\"citation\">Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường", html);
        Assert.Contains("<span id=\"citation-short\">Nghị quyết số 25-NQ/TW</span>", html, StringComparison.Ordinal);
        Assert.Contains("3 báo cáo trích dẫn; 3/3 lần ghi ngày là 03/6/2013", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<textarea id=\"draft\"[^>]*>\n(?<t>[^<]*)</textarea>")]
    private static partial Regex Textarea();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<v>[^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("data-start=\"(?<s>\\d+)\" data-end=\"(?<e>\\d+)\" data-written=\"(?<w>[^\"]*)\" data-suggestion=\"(?<g>[^\"]*)\"")]
    private static partial Regex ApplyButton();
}
