namespace DanVanKb.Core.Text;

/// <summary>How a report's stored text came from its original file, which decides what the source page
/// shows beside it: nothing (UTF-8: the file is the text), a note (UTF-16: the same characters in another
/// byte form), the download (a document format such as .docx: its text was extracted), or the original
/// bytes read as Windows-1252 beside the converted text (a legacy 8-bit encoding such as TCVN3 or VNI).</summary>
public enum OriginalKind
{
    Utf8,
    Utf16,
    Document,
    EightBit,
}

public static class OriginalKinds
{
    /// <summary>From the encoding recorded at ingest and the original bytes: a container (ZIP: .docx,
    /// .odt; OLE: .doc; PDF) is a document whatever the label says; then the label.</summary>
    public static OriginalKind Of(string encoding, ReadOnlySpan<byte> original)
    {
        if (original.StartsWith("PK\u0003\u0004"u8) || original.StartsWith("%PDF"u8)
            || original.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            return OriginalKind.Document;
        if (encoding.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase)) return OriginalKind.Utf8;
        if (encoding.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase)) return OriginalKind.Utf16;
        return OriginalKind.EightBit;
    }

    /// <summary>Whether the stored text differs in form from the file's bytes.</summary>
    public static bool Converted(this OriginalKind kind) => kind != OriginalKind.Utf8;
}
