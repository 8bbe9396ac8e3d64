using System.Text.RegularExpressions;

using DanVanKb.Core.Text;

namespace DanVanKb.Core.Extraction;

/// <summary>The columns of an appendix table (Văn bản | Số, ngày | Nội dung | Cơ quan ban hành), read from
/// its header row.</summary>
internal sealed partial record TableLayout(int? ContentColumn, int? IssuerColumn)
{
    [GeneratedRegex(@"^(?:nội dung|trích yếu|nội dung chính|tên văn bản, nội dung)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentHeader();

    [GeneratedRegex(@"^(?:cơ quan ban hành|cơ quan|đơn vị ban hành|cấp ban hành|nơi ban hành)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuerHeader();

    [GeneratedRegex(@"^(?:văn bản|số, ngày|số,ngày|số và ngày|số ký hiệu|số, ký hiệu|số hiệu|tên văn bản|ngày ban hành)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentHeader();

    public static TableLayout? FromHeader(Block row)
    {
        var cells = row.Cells.Select(c => c.Text.Trim().Trim('*')).ToList();
        if (!cells.Any(c => DocumentHeader().IsMatch(c) || ContentHeader().IsMatch(c))) return null;
        int? Index(Regex r) => cells.FindIndex(r.IsMatch) is var i and >= 0 ? i : null;
        return new TableLayout(Index(ContentHeader()), Index(IssuerHeader()));
    }

    public bool IsDocumentCell(int cell) => ContentColumn is not int c || cell < c;
}
