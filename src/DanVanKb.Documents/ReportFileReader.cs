using DanVanKb.Core.Text;
using DanVanKb.Documents.Docx;

namespace DanVanKb.Documents;

/// <summary>The one entry point from a report file to its text: a Word document (a ZIP whose
/// [Content_Types].xml names a Word main part) is read by <see cref="DocxReportReader"/>, encoding "docx";
/// other ZIPs, old binary Office files and RTF are refused with the reason; everything else goes to the
/// plain-text decoder.</summary>
public static class ReportFileReader
{
    /// <summary>The encoding recorded for a Word document.</summary>
    public const string DocxEncoding = "docx";

    public static DecodedReport Read(string name, byte[] bytes, DocxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bytes);
        if (ZipSniffer.IsZip(bytes))
        {
            try
            {
                var docx = DocxReportReader.Read(bytes, limits);
                var encoding = docx.LegacyFonts.Count == 0 ? DocxEncoding : $"{DocxEncoding} (legacy fonts converted: {string.Join(", ", docx.LegacyFonts)})";
                return new DecodedReport(docx.Text, encoding, null);
            }
            catch (UnreadableFileException e)
            {
                return Refuse(e.Message);
            }
        }
        if (bytes.AsSpan().StartsWith(OleSignature))
            return Refuse($"{FileRefusals.OldBinaryOffice}: open {Path.GetFileName(name)} in Word and save it as .docx");
        if (bytes.AsSpan().StartsWith("{\\rtf"u8)) return Refuse(FileRefusals.Rtf);
        return ReportDecoder.Decode(bytes);
    }

    /// <summary>The compound-file signature of .doc, .xls and .ppt.</summary>
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static DecodedReport Refuse(string why) => new(null, "", why);
}
