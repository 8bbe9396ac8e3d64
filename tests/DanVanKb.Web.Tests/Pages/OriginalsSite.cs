using System.Security.Cryptography;
using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Storage.Writing;
using DanVanKb.Web.Indexing;

namespace DanVanKb.Web.Tests.Pages;

/// <summary>The site over reports whose originals differ: UTF-8, UTF-16 with a BOM under a Vietnamese file
/// name, and a TCVN3 file stored as a converter stores one (its 8-bit bytes as the original, the Unicode
/// text as the report; the conversion itself is not what these tests test).</summary>
public sealed class OriginalsSite : KbSite
{
    public const string Utf8Name = "01_tinh-uy.txt";
    public const string Utf16Name = "báo cáo huyện ủy.txt";
    public const string LegacyName = "03_xa-tcvn3.txt";
    public const string LegacyId = "src-tcvn3legacy";

    /// <summary>A commune report whose accented letters all have a TCVN3 byte in <see cref="Tcvn3"/>.</summary>
    public const string LegacyText = "Trên đây là báo cáo của Đảng ủy xã Tân Thành.\nKế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã về thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.\n";

    public OriginalsSite()
        : base(new KnowledgeBase(folder =>
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, Utf8Name), TestCorpus.Province);
            File.WriteAllBytes(Path.Combine(folder, Utf16Name), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TestCorpus.District)]);
            return [folder];
        }))
    {
        LegacyBytes = Tcvn3(LegacyText);
        using (var writer = new KbWriter(Kb.Paths))
        {
            var file = new SourceFile(Path.Combine(Kb.Root, "corpus", LegacyName), LegacyName);
            writer.WriteSource(LegacyId, file, Convert.ToHexStringLower(SHA256.HashData(LegacyBytes)), LegacyBytes, "tcvn3", LegacyText, StoredExtraction.Of(Extractor.Extract(LegacyText)));
            writer.RebuildGraph();
        }
        KbIndexer.Rebuild(Kb.Paths);
    }

    public byte[] LegacyBytes { get; }

    public string Folder => Path.Combine(Kb.Root, "corpus");

    /// <summary>TCVN3 (VN3) bytes of the letters the test texts use: one byte per accented lowercase
    /// letter; Đ is 0xA7, đ 0xAE.</summary>
    public static byte[] Tcvn3(string text)
    {
        var map = new Dictionary<char, byte>
        {
            ['à'] = 0xB5,
            ['ả'] = 0xB6,
            ['ã'] = 0xB7,
            ['á'] = 0xB8,
            ['ạ'] = 0xB9,
            ['â'] = 0xA9,
            ['ê'] = 0xAA,
            ['ề'] = 0xD2,
            ['ế'] = 0xD5,
            ['ệ'] = 0xD6,
            ['ị'] = 0xDE,
            ['ố'] = 0xE8,
            ['ủ'] = 0xF1,
            ['ự'] = 0xF9,
            ['đ'] = 0xAE,
            ['Đ'] = 0xA7,
        };
        return [.. text.Select(c => c < 0x80 ? (byte)c : map.TryGetValue(c, out var b) ? b : throw new ArgumentException($"no TCVN3 byte for {c} in this test"))];
    }
}
