using System.Text;

using DanVanKb.Documents;
using DanVanKb.Documents.Docx;

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
        var decoded = ReportFileReader.Read(name, bytes, DocxLimits.Default with { MaxTextChars = MaxBytes });
        return decoded.Ok ? FromText(decoded.Text) : Refuse($"Tệp “{name}”: {Why(decoded.Refusal!)}");
    }

    /// <summary>The reader's reason, said for a writer.</summary>
    private static string Why(string refusal)
    {
        bool Is(string reason) => refusal.StartsWith(reason, StringComparison.Ordinal);
        return Is(FileRefusals.DamagedZip) || Is(FileRefusals.DamagedWord) ? "không đọc được tệp .docx (tệp hỏng hoặc không phải Word)."
            : Is(FileRefusals.EmptyWord) ? "tệp .docx không có nội dung."
            : Is(FileRefusals.TooLarge) ? $"nội dung quá lớn: tối đa {Limit}."
            : Is(FileRefusals.NotWordZip) ? "đây là tệp nén, không phải văn bản Word (.docx) hay văn bản thuần."
            : Is(FileRefusals.Excel) ? "đây là bảng tính Excel, không phải văn bản; hãy chép nội dung ra .docx hoặc .txt."
            : Is(FileRefusals.PowerPoint) ? "đây là bản trình chiếu PowerPoint, không phải văn bản; hãy chép nội dung ra .docx hoặc .txt."
            : Is(FileRefusals.OpenDocument) ? "đây là tệp OpenDocument (.odt); hãy lưu lại dưới dạng .docx."
            : Is(FileRefusals.OldBinaryOffice) ? "đây là tệp Word cũ (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx."
            : Is(FileRefusals.Rtf) ? "đây là tệp RTF; hãy lưu lại dưới dạng .docx hoặc .txt (UTF-8)."
            : refusal.Contains("empty", StringComparison.Ordinal) ? "tệp rỗng."
            : refusal.Contains("whitespace", StringComparison.Ordinal) ? "tệp chỉ có khoảng trắng."
            : refusal.Contains("PDF", StringComparison.Ordinal) ? "đây là tệp PDF; hãy chép nội dung ra .txt hoặc .docx."
            : $"không phải văn bản thuần UTF-8 hoặc UTF-16; hãy lưu lại dưới dạng .txt (UTF-8) hoặc .docx ({refusal}).";
    }

    public static DraftInput FileTooLarge(string name) => TooLarge($"Tệp “{name}”");

    private static DraftInput TooLarge(string what) => Refuse($"{what} quá lớn: tối đa {Limit}.");

    private static DraftInput Refuse(string why) => new(null, why);
}
