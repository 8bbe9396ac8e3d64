using System.Diagnostics;
using System.Text;

using DanVanKb.Core.Text.Legacy;
using DanVanKb.Storage.Reading;
using DanVanKb.Storage.Writing;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanKb.Storage.Tests.Writing;

/// <summary>A corpus of bad and awkward files, generated here: each is either read correctly (and how its
/// encoding was recognised is recorded) or refused by name with the reason; nothing throws, no file takes
/// unbounded time, and the rest of the batch goes in.</summary>
public class BadInputCorpusTests
{
    private const string Report = "Trên đây là báo cáo của Huyện ủy Nam Đàn.\n\nKế hoạch số 45-KH/HU ngày 05/9/2013 của Huyện ủy về triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.\n";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <summary>(file name, bytes, expected: null = read, else a word of the refusal).</summary>
    private static IEnumerable<(string Name, byte[] Bytes, string? Refusal)> Cases()
    {
        yield return ("empty.txt", [], "empty");
        yield return ("whitespace.txt", "  \n\t\r\n  "u8.ToArray(), "whitespace");
        yield return ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary");
        yield return ("archive.txt", [.. "PK\u0003\u0004"u8, 20, 0, 0, 0, 8, 0], "ZIP");
        yield return ("report.docx.txt", [.. "PK\u0003\u0004"u8, .. "[Content_Types].xml word/document.xml"u8], "ZIP");
        yield return ("scan.txt", [.. "%PDF-1.7\n"u8, 1, 2, 3], "PDF");
        yield return ("utf16le-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Report)], null);
        yield return ("utf16be-bom.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Report)], null);
        yield return ("utf16le.txt", Encoding.Unicode.GetBytes(Report), null);
        yield return ("utf16be.txt", Encoding.BigEndianUnicode.GetBytes(Report), null);
        yield return ("utf8-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Utf8NoBom.GetBytes(Report.Replace("45-KH", "46-KH", StringComparison.Ordinal))], null);
        // the legacy Vietnamese charsets are detected and converted (each its own plan number, to tell them apart)
        yield return ("tcvn3.txt", Tcvn3.Encode(Legacy("51-KH")), null);
        yield return ("vni.txt", Vni.Encode(Legacy("52-KH")), null);
        yield return ("windows-1258.txt", Windows1258.Encode(Legacy("53-KH")), null);
        // Western 8-bit text is not Vietnamese in any of them: refused, not converted
        yield return ("latin1.txt", Encoding.Latin1.GetBytes("The committee's résumé was naïve; déjà vu at the café.\n"), "not valid UTF-8");
        yield return ("nfd.txt", Utf8NoBom.GetBytes(Report.Replace("47-KH", "47-KH", StringComparison.Ordinal).Replace("45-KH", "47-KH", StringComparison.Ordinal).Normalize(NormalizationForm.FormD)), null);
        yield return ("crlf.txt", Utf8NoBom.GetBytes(Report.Replace("45-KH", "48-KH", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)), null);
        yield return ("lone-cr.txt", Utf8NoBom.GetBytes(Report.Replace("45-KH", "49-KH", StringComparison.Ordinal).Replace("\n", "\r", StringComparison.Ordinal)), null);
        yield return ("long-line.txt", Utf8NoBom.GetBytes(string.Concat(Enumerable.Repeat(
            string.Concat(Enumerable.Repeat("Công tác dân vận được các cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo ", 9)) + "theo Nghị quyết số 25-NQ/TW ", 1_450))), null);
        yield return ("many-citations.txt", Utf8NoBom.GetBytes(string.Join("; ", Enumerable.Range(1, 20_000).Select(i => $"Kế hoạch số {i}-KH/TU ngày {1 + (i % 28)}/{1 + (i % 12)}/2020 về thực hiện Nghị quyết số 25-NQ/TW"))), null);
        yield return ("nested-markers.txt", Utf8NoBom.GetBytes("Nghị quyết số 25-NQ/TW¹²³⁴⁵⁶⁷⁸⁹⁰¹²³ ^[^[^[1]]] ⁽⁽⁽²⁾⁾⁾.\n\n¹²³ ^[1] ¹ Kế hoạch số 12-KH/TU.\n"), null);
        yield return ("absurd.txt", Utf8NoBom.GetBytes("Nghị quyết số 99999999999-NQ/TW ngày 31/02/2019; Kế hoạch số 00/13/2020; Chỉ thị số 0-CT/TW ngày 00/13/2020.\n"), null);
        yield return ("tên có dấu cách & $(rm -rf x); 'quote\".txt", Utf8NoBom.GetBytes(Report.Replace("45-KH", "50-KH", StringComparison.Ordinal)), null);
        // Word files: read by their content, refused with what they are
        var docx = Docx(Report.Replace("45-KH", "54-KH", StringComparison.Ordinal).Split('\n'));
        yield return ("report.docx", docx, null);
        yield return ("damaged.docx", docx[..(docx.Length / 2)], "ZIP");
        yield return ("no-text.docx", Docx(), "no text");
        yield return ("workbook.docx", Workbook(), "Excel");
        yield return ("old-word.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0], "old binary Office file");
    }

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            doc.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        return stream.ToArray();
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        return stream.ToArray();
    }

    private static string Legacy(string plan) => Report.Replace("45-KH", plan, StringComparison.Ordinal);

    [Fact]
    public void Reads_or_refuses_every_awkward_file_by_name_and_ingests_the_rest()
    {
        var dir = Directory.CreateTempSubdirectory("danvankb-bad-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(dir.FullName, "in")).FullName;
            var cases = Cases().ToList();
            foreach (var (name, bytes, _) in cases) File.WriteAllBytes(Path.Combine(input, name), bytes);
            using (var big = File.Create(Path.Combine(input, "fifty-megabytes.txt"))) big.SetLength(50L * 1024 * 1024);
            File.WriteAllBytes(Path.Combine(input, "good.txt"), Utf8NoBom.GetBytes(Report));

            var kb = new KbPaths(Path.Combine(dir.FullName, "data"));
            var clock = Stopwatch.StartNew();
            var summary = KbIngestor.Ingest(kb, [input]);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the batch took {clock.Elapsed}");

            var refused = summary.Refused.ToDictionary(r => Path.GetFileName(r.File), r => r.Reason);
            Assert.Contains("too large", refused["fifty-megabytes.txt"]);
            foreach (var (name, _, refusal) in cases)
            {
                if (refusal is null) Assert.False(refused.ContainsKey(name), $"{name} was refused: {refused.GetValueOrDefault(name)}");
                else Assert.Contains(refusal, refused[name], StringComparison.OrdinalIgnoreCase);
            }

            using var reader = new KbReader(kb);
            var sources = reader.Sources().ToDictionary(s => Path.GetFileName(s.File));
            Assert.Equal(cases.Count(c => c.Refusal is null) + 1, sources.Count);
            Assert.Equal("utf-16le (BOM)", sources["utf16le-bom.txt"].Encoding);
            Assert.Equal("utf-16be (no BOM; detected by its zero bytes)", sources["utf16be.txt"].Encoding);
            Assert.Equal("utf-8 (BOM)", sources["utf8-bom.txt"].Encoding);
            Assert.Equal("docx", sources["report.docx"].Encoding);
            Assert.Contains("tên có dấu cách & $(rm -rf x); 'quote\".txt", sources.Keys);
            Assert.StartsWith("tcvn3 (detected: 100% of ", sources["tcvn3.txt"].Encoding);
            Assert.StartsWith("vni (detected: 100% of ", sources["vni.txt"].Encoding);
            Assert.StartsWith("windows-1258 (detected: 100% of ", sources["windows-1258.txt"].Encoding);
            using (var content = new KbContentReader(kb))
            {
                foreach (var (name, plan) in new[] { ("tcvn3.txt", "51-KH"), ("vni.txt", "52-KH"), ("windows-1258.txt", "53-KH") })
                    Assert.Equal(Legacy(plan), content.Source(sources[name].Id)?.Text);
            }

            // what the awkward but readable files say is read as from the clean one
            foreach (var symbol in new[] { "45-KH/HU", "46-KH/HU", "47-KH/HU", "48-KH/HU", "49-KH/HU", "50-KH/HU", "51-KH/HU", "52-KH/HU", "53-KH/HU", "54-KH/HU" })
            {
                var plan = Assert.Single(reader.FindBySymbol(symbol));
                Assert.Equal("2013-09-05", plan.Date);
                Assert.Contains(reader.RelationsFrom(plan.Id), r => r.Type == "implements" && reader.Document(r.To)?.Symbol == "25-NQ/TW");
            }
            Assert.Empty(reader.FindBySymbol("99999999999-NQ/TW"));
            Assert.True(reader.FindBySymbol("20000-KH/TU").Count == 1);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
