using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Documents.Docx;

/// <summary>Word writes a text box twice, as a modern shape (mc:Choice) and as VML (mc:Fallback): read one.</summary>
internal static class Alternatives
{
    public static OpenXmlElement? Chosen(AlternateContent alternatives) =>
        alternatives.ChildElements.FirstOrDefault(c => c.Descendants<TextBoxContent>().Any() || c.Descendants<Run>().Any());
}
