using DanVanKb.Web.Checking;
using DanVanKb.Web.Hosting;
using DanVanKb.Web.Knowledge;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVanKb.Web.Pages;

/// <summary>The writers' draft checker: paste a draft or upload a .txt/.md/.docx, and every citation in it
/// is checked against the knowledge base, marked in place and explained, with corrections to apply.</summary>
[RequestSizeLimit(MaxRequest)]
[RefuseLargeBody(MaxRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequest, ValueLengthLimit = MaxRequest)]
public sealed class CheckModel(KbStore store) : PageModel
{
    /// <summary>A pasted draft and a file, each at most <see cref="DraftInput.MaxBytes"/>, with room for the form.</summary>
    public const int MaxRequest = 2 * DraftInput.MaxBytes + 64 * 1024;

    [BindProperty(Name = "text")]
    public string? Text { get; set; }

    [BindProperty(Name = "tep")]
    public IFormFile? Upload { get; set; }

    public string? Error { get; private set; }

    public DraftReport? Report { get; private set; }

    public IReadOnlyList<MarkedDraft.Piece> Pieces { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = Upload is { Length: > 0 } file ? await Read(file) : DraftInput.FromText(Text);
        if (!input.Ok)
        {
            Error = input.Error;
            Text = Text is null ? null : AsTextarea(Text);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // the checked text is the textarea's (LF line ends), so the offsets the corrections use are the browser's
        Text = AsTextarea(input.Text!);
        Report = DraftReport.Check(Text, store);
        Pieces = MarkedDraft.Cut(Text, Report.Findings);
        return Page();
    }

    private static async Task<DraftInput> Read(IFormFile file)
    {
        if (file.Length > DraftInput.MaxBytes) return DraftInput.FileTooLarge(file.FileName);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return DraftInput.FromFile(file.FileName, buffer.ToArray());
    }

    /// <summary>Line ends as a textarea holds them.</summary>
    private static string AsTextarea(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
