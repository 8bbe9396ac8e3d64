using System.IO.Compression;
using System.Text;

namespace DanVanKb.Documents.Tests;

/// <summary>ZIP files written entry by entry: a minimal Word package whose body is streamed (large
/// documents without building them in memory), or any entries at all.</summary>
public static class RawZip
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Of(params (string Name, string Content)[] entries) => Write(zip =>
    {
        foreach (var (name, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    });

    /// <summary>A Word package whose document.xml body the caller writes.</summary>
    public static byte[] Docx(Action<TextWriter> writeBody) => Write(zip =>
    {
        Add(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """);
        Add(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """);
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
        writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>""");
        writeBody(writer);
        writer.Write("</w:body></w:document>");
    });

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static byte[] Write(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) fill(zip);
        return stream.ToArray();
    }
}
