using System.Text;

namespace DanVanKb.Core.Text;

/// <summary>Decides whether a file's bytes are a text report and decodes them: UTF-8 (with or without
/// BOM) and UTF-16 with a BOM are read; empty, whitespace-only, binary and non-UTF-8 files are refused
/// with the reason.</summary>
public static class ReportDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedReport Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return Refuse("the file is empty");
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return Refuse("a ZIP archive (a .docx or similar), not a plain-text report");
        if (bytes.StartsWith("%PDF"u8)) return Refuse("a PDF file, not a plain-text report");

        string text;
        string encoding;
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
            encoding = "utf-16le (BOM)";
        }
        else if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
            encoding = "utf-16be (BOM)";
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0) return Refuse("binary content (NUL bytes), not a text report");
            var hasBom = bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
            try
            {
                text = StrictUtf8.GetString(hasBom ? bytes[3..] : bytes);
            }
            catch (DecoderFallbackException e)
            {
                return Refuse($"not valid UTF-8 text (invalid byte at offset {e.Index + (hasBom ? 3 : 0)})");
            }
            encoding = hasBom ? "utf-8 (BOM)" : "utf-8";
        }
        if (string.IsNullOrWhiteSpace(text)) return Refuse("the file holds only whitespace");
        if (ControlShare(text) > 0.05) return Refuse("binary content (control characters), not a text report");
        return new DecodedReport(text, encoding, null);
    }

    private static double ControlShare(string text)
    {
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') control++;
        return (double)control / text.Length;
    }

    private static DecodedReport Refuse(string why) => new(null, "", why);
}
