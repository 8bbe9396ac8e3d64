using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Web.Tests.Checking;

/// <summary>A .docx made in memory, one paragraph per line of the text.</summary>
public static class DocxDraft
{
    public static byte[] Of(string text)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(text.Split('\n').Select(line => new Paragraph(new Run(new Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
