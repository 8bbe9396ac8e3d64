using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>Bytes and the Windows-1252 characters that stand for them. Legacy-font text in a .docx holds
/// the 1252 characters of the font's bytes, and 1252 (unlike Latin-1) puts punctuation such as “ ” – …
/// at 0x80–0x9F, which the legacy charts leave as they are.</summary>
internal static class Windows1252
{
    private static readonly char[] CharOfByte = BuildChars();
    private static readonly Dictionary<char, byte> ByteOfChar = BuildBytes();

    /// <summary>The character a byte stands for in Windows-1252 (undefined bytes stand for themselves).</summary>
    public static char CharOf(int b) => CharOfByte[b];

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = CharOfByte[bytes[i]];
        return new string(chars);
    }

    public static bool TryByteOf(char c, out byte b) => ByteOfChar.TryGetValue(c, out b);

    /// <summary>A 0x80–0x9F character of 1252 that is not a letter (quotes, dashes, the euro …): text
    /// punctuation in every legacy charset.</summary>
    public static bool IsC1Punctuation(char c) =>
        c > 0xFF && ByteOfChar.TryGetValue(c, out var b) && b is >= 0x80 and <= 0x9F && !char.IsLetter(c);

    /// <summary>The text as byte values, one char each (0–255), as a legacy chart reads them; characters
    /// that no 1252 byte stands for are kept as they are (above 0xFF) and pass through decoding.</summary>
    public static string ByteView(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] > 0xFF && ByteOfChar.TryGetValue(chars[i], out var b)) chars[i] = (char)b;
        return new string(chars);
    }

    private static char[] BuildChars()
    {
        var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))
            ?? throw new InvalidOperationException("code page 1252 is not available");
        var chars = new char[256];
        for (var b = 0; b < 256; b++)
        {
            var s = cp1252.GetString([(byte)b]);
            chars[b] = s.Length == 1 && s[0] != '\uFFFD' ? s[0] : (char)b;
        }
        return chars;
    }

    private static Dictionary<char, byte> BuildBytes()
    {
        var bytes = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++) bytes.TryAdd(CharOfByte[b], (byte)b);
        return bytes;
    }
}
