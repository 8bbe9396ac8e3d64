namespace DanVanKb.Documents;

/// <summary>Why a file is not read as a report. Each refusal starts with one of these (a detail may follow
/// after a colon), so a caller can say it in its own words: the site says them in Vietnamese.</summary>
public static class FileRefusals
{
    public const string DamagedZip = "a ZIP archive that cannot be opened (damaged or truncated)";
    public const string NotWordZip = "a ZIP archive that is not a Word document (no Word main part in [Content_Types].xml)";
    public const string Excel = "an Excel workbook (.xlsx), not a Word report";
    public const string PowerPoint = "a PowerPoint presentation (.pptx), not a Word report";
    public const string OpenDocument = "an OpenDocument file (.odt): save it as .docx";
    public const string OldBinaryOffice = "an old binary Office file (.doc or .xls)";
    public const string Rtf = "an RTF document: save it as .docx or as plain text (UTF-8)";
    public const string EmptyWord = "the Word document has no text";
    public const string TooLarge = "too large for a report";
    public const string DamagedWord = "a Word document that cannot be read (damaged)";
}
