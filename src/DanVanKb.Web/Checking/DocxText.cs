using System.IO.Packaging;
using System.Text;
using System.Xml;

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Web.Checking;

/// <summary>The text of a .docx: each paragraph on its own line, each table row as its cells separated
/// by tabs (as the reports converted to text have them); bounded, so a compressed file cannot blow up.</summary>
public static class DocxText
{
    public static (string? Text, string? Error) Read(byte[] bytes, int maxChars)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            if (doc.MainDocumentPart?.Document?.Body is not { } body) return (null, "tệp .docx không có nội dung.");
            var text = new StringBuilder();
            foreach (var element in body.ChildElements)
            {
                if (element is Paragraph p) text.Append(Of(p)).Append('\n');
                else if (element is Table table)
                    foreach (var row in table.Elements<TableRow>())
                        text.AppendJoin('\t', row.Elements<TableCell>().Select(c => string.Join(' ', c.Elements<Paragraph>().Select(Of)))).Append('\n');
                if (text.Length > maxChars) return (null, "nội dung quá lớn: tối đa " + DraftInput.Limit + ".");
            }
            return (text.ToString(), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return (null, "không đọc được tệp .docx (tệp hỏng hoặc không phải Word).");
        }
    }

    /// <summary>A paragraph's text in document order: its runs' text, tabs and line breaks.</summary>
    private static string Of(Paragraph p)
    {
        var s = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: s.Append(t.Text); break;
                case TabChar: s.Append('\t'); break;
                case Break or CarriageReturn: s.Append('\n'); break;
            }
        }
        return s.ToString();
    }
}
