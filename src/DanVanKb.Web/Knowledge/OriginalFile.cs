using DanVanKb.Core.Text;
using DanVanKb.Storage.Reading;

using Microsoft.AspNetCore.StaticFiles;

namespace DanVanKb.Web.Knowledge;

/// <summary>A report's original file as the site offers it for download: the name it had, its content
/// type (with the charset when the encoding is a Unicode one the browser knows), its size, and how the
/// stored text came from it.</summary>
public sealed record OriginalFile(string FileName, string ContentType, long Length, OriginalKind Kind)
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static OriginalFile Of(SourceRow source, byte[] bytes)
    {
        // a control character has no place in a Content-Disposition header
        var name = string.Concat(Path.GetFileName(source.File).Select(c => char.IsControl(c) ? '_' : c));
        if (name.Length == 0) name = source.Id;
        var kind = OriginalKinds.Of(source.Encoding, bytes);
        var type = Types.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) && Charset(source.Encoding, kind) is { } charset)
            type += "; charset=" + charset;
        return new OriginalFile(name, type, bytes.LongLength, kind);
    }

    /// <summary>The name the JSON twin gives the kind.</summary>
    public string KindName => Kind switch
    {
        OriginalKind.Utf8 => "utf-8",
        OriginalKind.Utf16 => "utf-16",
        OriginalKind.Document => "document",
        _ => "8-bit",
    };

    private static string? Charset(string encoding, OriginalKind kind) => kind switch
    {
        OriginalKind.Utf8 => "utf-8",
        OriginalKind.Utf16 => encoding.StartsWith("utf-16be", StringComparison.OrdinalIgnoreCase) ? "utf-16be" : "utf-16le",
        _ => null, // a legacy 8-bit code page has no name a browser knows
    };
}
