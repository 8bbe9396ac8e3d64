using System.Text;

using DanVanKb.Core.Text;

namespace DanVanKb.Web.Checking;

/// <summary>A draft as the checker takes it: pasted text, or a .txt/.md/.docx file, at most
/// <see cref="MaxBytes"/>; or why it was refused, in Vietnamese.</summary>
public sealed record DraftInput(string? Text, string? Error)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public const string Limit = "2 MB";

    public static readonly string[] Extensions = [".txt", ".md", ".docx"];

    public bool Ok => Error is null;

    public static DraftInput FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Refuse("Chưa có nội dung: hãy dán bài viết hoặc chọn tệp.");
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes) return TooLarge("Bài viết");
        return new DraftInput(text, null);
    }

    public static DraftInput FromFile(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension)) return Refuse($"Tệp “{name}”: chỉ nhận tệp .txt, .md hoặc .docx.");
        if (bytes.Length > MaxBytes) return FileTooLarge(name);
        if (extension == ".docx")
        {
            var docx = DocxText.Read(bytes, MaxBytes);
            return docx.Text is null ? Refuse($"Tệp “{name}”: {docx.Error}") : FromText(docx.Text);
        }
        var decoded = ReportDecoder.Decode(bytes);
        return decoded.Ok ? FromText(decoded.Text) : Refuse($"Tệp “{name}”: {Why(decoded.Refusal!)}");
    }

    /// <summary>The decoder's reason, said for a writer.</summary>
    private static string Why(string refusal) =>
        refusal.Contains("empty", StringComparison.Ordinal) ? "tệp rỗng."
        : refusal.Contains("whitespace", StringComparison.Ordinal) ? "tệp chỉ có khoảng trắng."
        : refusal.Contains("ZIP", StringComparison.Ordinal) ? "đây là tệp nén (có thể là .docx đổi tên), không phải văn bản thuần."
        : refusal.Contains("PDF", StringComparison.Ordinal) ? "đây là tệp PDF; hãy chép nội dung ra .txt hoặc .docx."
        : $"không phải văn bản thuần UTF-8 hoặc UTF-16; hãy lưu lại dưới dạng .txt (UTF-8) hoặc .docx ({refusal}).";

    public static DraftInput FileTooLarge(string name) => TooLarge($"Tệp “{name}”");

    private static DraftInput TooLarge(string what) => Refuse($"{what} quá lớn: tối đa {Limit}.");

    private static DraftInput Refuse(string why) => new(null, why);
}
