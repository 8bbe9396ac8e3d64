using System.Text;

using DanVanKb.Core.Text.Legacy;

namespace DanVanKb.Core.Text;

/// <summary>Decides whether a file's bytes are a text report and decodes them: UTF-8 (with or without
/// BOM), UTF-16 (with a BOM, or detected by its zero bytes) and, for bytes that are not UTF-8, the legacy
/// Vietnamese charsets TCVN3, VNI and Windows-1258 (detected by how well each reads as Vietnamese) are
/// read; empty, whitespace-only, binary files and 8-bit text that reads as none of them are refused with
/// the reason. Valid UTF-8 is never reinterpreted.</summary>
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
        else if (Utf16WithoutBom(bytes) is { } utf16)
        {
            text = utf16.GetString(bytes);
            encoding = utf16 == Encoding.Unicode ? "utf-16le (no BOM; detected by its zero bytes)" : "utf-16be (no BOM; detected by its zero bytes)";
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0) return Refuse("binary content (NUL bytes), not a text report");
            var hasBom = bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF });
            try
            {
                text = StrictUtf8.GetString(hasBom ? bytes[3..] : bytes);
                encoding = hasBom ? "utf-8 (BOM)" : "utf-8";
            }
            catch (DecoderFallbackException e)
            {
                var legacy = LegacyTextDecoder.Decode(hasBom ? bytes[3..] : bytes);
                if (!legacy.Ok)
                {
                    if (ControlShare(Windows1252.Decode(bytes)) > 0.05) return Refuse("binary content (control characters), not a text report");
                    return Refuse($"not valid UTF-8 text (invalid byte at offset {e.Index + (hasBom ? 3 : 0)}), and it does not read as "
                        + $"Vietnamese in TCVN3, VNI or Windows-1258 either (best: {legacy.CharsetName}, {legacy.Evidence}): save it as UTF-8");
                }
                text = legacy.Text!;
                encoding = $"{legacy.CharsetName} (detected: {legacy.Evidence})";
            }
        }
        if (string.IsNullOrWhiteSpace(text)) return Refuse("the file holds only whitespace");
        if (ControlShare(text) > 0.05) return Refuse("binary content (control characters), not a text report");
        return new DecodedReport(text, encoding, null);
    }

    /// <summary>Text in UTF-16 has a zero byte in nearly every other position (Latin letters, digits and
    /// spaces); which half holds them tells the byte order.</summary>
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var pairs = bytes.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
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
