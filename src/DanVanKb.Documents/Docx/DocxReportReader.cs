using System.Globalization;
using System.IO.Compression;
using System.Xml;

using DocumentFormat.OpenXml.Packaging;

namespace DanVanKb.Documents.Docx;

/// <summary>Reads a Word (.docx) report into the plain text the extractor reads: body paragraphs one per
/// line, tables as tab-separated rows, each footnote and endnote as a "¹ …" line right after the paragraph
/// that references it (its reference a superscript number in the text), text boxes and content controls
/// in place, legacy-font runs in Unicode. Bounded: the ZIP's entries are checked before anything is
/// unpacked, each part is read element by element under a character limit, and the text has a limit.
/// Anything unreadable throws <see cref="UnreadableFileException"/> saying why.</summary>
public static class DocxReportReader
{
    public static DocxReport Read(byte[] bytes, DocxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= DocxLimits.Default;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            Inspect(stream, limits);
            stream.Position = 0;
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartChars });
            var main = document.MainDocumentPart ?? throw new UnreadableFileException(FileRefusals.NotWordZip);
            var context = new DocxContext(StyleSheet.Read(main.StyleDefinitionsPart));
            var notes = NoteTexts.Read(main, context, limits.MaxTextChars);
            var output = new ReportTextBuilder(limits.MaxTextChars);
            var body = new BodyWriter(context, notes, output);
            foreach (var block in PartElements.At(main, 2)) body.Block(block);
            if (output.IsEmpty) throw new UnreadableFileException(FileRefusals.EmptyWord);
            return new DocxReport(output.Text, output.Lines, [.. context.LegacyFonts]);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableFileException($"{FileRefusals.DamagedZip}: {e.Message}", e);
        }
        catch (XmlException e)
        {
            throw new UnreadableFileException($"{FileRefusals.DamagedWord}: its XML cannot be read, or a part holds more than {limits.MaxPartChars.ToString("N0", CultureInfo.InvariantCulture)} characters ({e.Message})", e);
        }
        catch (Exception e) when (e is not UnreadableFileException and not OutOfMemoryException)
        {
            // the package layer throws several kinds for a damaged file; each is a refusal, not a crash
            throw new UnreadableFileException($"{FileRefusals.DamagedWord}: {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>Before unpacking anything: a ZIP, of a Word document, with a plausible number of entries and
    /// no XML part whose unpacked size (as the ZIP declares it) passes the limit.</summary>
    private static void Inspect(Stream stream, DocxLimits limits)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > DocxLimits.MaxEntries)
            throw new UnreadableFileException(Invariant($"{FileRefusals.TooLarge}: a ZIP archive of {zip.Entries.Count:N0} entries (a Word report has a few dozen)"));
        switch (ZipSniffer.Kind(zip))
        {
            case PackageKind.Word: break;
            case PackageKind.Excel: throw new UnreadableFileException(FileRefusals.Excel);
            case PackageKind.PowerPoint: throw new UnreadableFileException(FileRefusals.PowerPoint);
            case PackageKind.OpenDocument: throw new UnreadableFileException(FileRefusals.OpenDocument);
            default: throw new UnreadableFileException(FileRefusals.NotWordZip);
        }
        foreach (var entry in zip.Entries)
        {
            if (entry.Length <= limits.MaxPartChars || !IsXml(entry.FullName)) continue;
            throw new UnreadableFileException(Invariant(
                $"{FileRefusals.TooLarge}: {entry.FullName} unpacks to {entry.Length / (1024 * 1024):N0} MB, more than one part of a report can hold ({limits.MaxPartChars:N0} characters)"));
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
