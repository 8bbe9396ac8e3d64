using System.IO.Compression;
using System.Xml;

namespace DanVanKb.Documents;

/// <summary>Tells what a ZIP file is from its entries: an Office Open XML package names its main part's
/// content type in [Content_Types].xml; an OpenDocument file starts with a "mimetype" entry.</summary>
internal static class ZipSniffer
{
    private const long MaxManifestBytes = 1024 * 1024;

    private static readonly string[] WordMainTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8);

    /// <summary>The kind of package; throws <see cref="InvalidDataException"/> for a damaged ZIP.</summary>
    public static PackageKind Kind(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is { } mime && ReadSmall(mime).StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal))
            return PackageKind.OpenDocument;
        if (zip.GetEntry("[Content_Types].xml") is not { } manifest) return PackageKind.OtherZip;
        var types = ContentTypes(manifest);
        if (types.Any(t => WordMainTypes.Contains(t, StringComparer.OrdinalIgnoreCase))) return PackageKind.Word;
        if (types.Any(t => t.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) || t.Contains("ms-excel", StringComparison.OrdinalIgnoreCase)))
            return PackageKind.Excel;
        if (types.Any(t => t.Contains("presentationml", StringComparison.OrdinalIgnoreCase) || t.Contains("ms-powerpoint", StringComparison.OrdinalIgnoreCase)))
            return PackageKind.PowerPoint;
        return PackageKind.OtherZip;
    }

    private static List<string> ContentTypes(ZipArchiveEntry manifest)
    {
        if (manifest.Length > MaxManifestBytes) throw new InvalidDataException("[Content_Types].xml is implausibly large");
        using var stream = manifest.Open();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxManifestBytes };
        using var reader = XmlReader.Create(stream, settings);
        var types = new List<string>();
        while (reader.Read())
            if (reader.NodeType == XmlNodeType.Element && reader.GetAttribute("ContentType") is { } type) types.Add(type);
        return types;
    }

    private static string ReadSmall(ZipArchiveEntry entry)
    {
        if (entry.Length > 200) return "";
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd().Trim();
    }
}
