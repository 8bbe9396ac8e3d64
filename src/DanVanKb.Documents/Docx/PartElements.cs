using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DanVanKb.Documents.Docx;

/// <summary>A part's elements at one depth (the body's paragraphs and tables, the notes, the styles), each
/// loaded alone and then dropped, so memory follows the largest element, not the whole part.</summary>
internal static class PartElements
{
    /// <param name="depth">0 is the part's root element: the notes and styles are at 1, the body's children at 2.</param>
    public static IEnumerable<OpenXmlElement> At(OpenXmlPart part, int depth)
    {
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            // loading an element moves the reader past it, onto the next node: no Read() then
            if (reader.IsStartElement && reader.Depth == depth) yield return reader.LoadCurrentElement()!;
            else reader.Read();
        }
    }
}
