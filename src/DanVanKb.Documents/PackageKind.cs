namespace DanVanKb.Documents;

/// <summary>What a ZIP file holds, as far as telling a Word report from everything else goes.</summary>
internal enum PackageKind
{
    Word,
    Excel,
    PowerPoint,
    OpenDocument,
    OtherZip,
}
