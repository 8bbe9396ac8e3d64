using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;

namespace DanVanKb.Core.Tests.Properties;

/// <summary>Seeded random mutations of report text: the extractor never throws, every span lies inside the
/// text, every relation joins two documents of the result, every mention belongs to at most one document.</summary>
public class MutatedReportTests
{
    private const string Sample = """
        ĐẢNG BỘ TỈNH NGHỆ AN
        HUYỆN ỦY NAM ĐÀN
        Số 125-BC/HU

        Nam Đàn, ngày 15 tháng 6 năm 2023

        BÁO CÁO
        tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI

        Thực hiện Chương trình hành động số 18-CTr/TU ngày 12/8/2013 của Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 05/9/2013 về triển khai thực hiện Nghị quyết số 25¹. Quy chế số 22-QĐ/TU ngày 30/12/2021 (nay là Quy chế số 09-QC/TU ngày 22/8/2022) được quán triệt, triển khai thực hiện

        ¹ Kế hoạch số 12-KH/ĐU ngày 20/9/2013 của Đảng ủy xã Nam Anh; Kế hoạch số 30/KH- UBND ngày 26/02/2022 v/v “Dân vận khéo”.

        đến các chi bộ. Ngày 17/02/2022, UBND huyện ban hành Kế hoạch số 35/KH-UBND về thực hiện Chỉ thị số 33/CT-TTg, ngày 26 tháng 11 năm 2021 của TTCP.

        TT	Văn bản	Số, ngày	Nội dung	Cơ quan ban hành
        1		Kế hoạch số 05-KH/ĐU ngày 25/01/2014	Triển khai thực hiện Nghị quyết 25	Đảng ủy xã

        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Nguyễn Văn An
        """;

    private static readonly string[] Noise =
    [
        "\n", "\n\n", " ", ";", ",", ".", "/", "-", "¹", "²", "^[3]", "“", "”", "*", "**", "\t", "|", "(", ")", "số ", "ngày ",
        "Nghị quyết", "25-NQ/TW", "/TW", "99999999999-NQ/TW", "31/02/2019", "00/13/2020", "\u0301", "\u0323", "Ð", "\u202E",
        "<script>alert(1)</script>", "\r", "\u0000", "𝔄", "nay là", "thực hiện ", "của ", "về ",
    ];

    [Fact]
    public void Never_throws_and_keeps_every_fact_inside_the_text_over_300_seeded_mutations()
    {
        var random = new Random(20261122);
        for (var run = 0; run < 300; run++)
        {
            var text = Mutate(Sample, random, 1 + random.Next(12));
            ExtractionResult result;
            try
            {
                result = Extractor.Extract(text);
            }
            catch (Exception e)
            {
                Assert.Fail($"run {run}: {e}\n--- text ---\n{text}");
                throw;
            }
            Check(result, text, run);
        }
    }

    [Fact]
    public void Reads_arbitrary_unicode_without_throwing()
    {
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < random.Next(1, 400); i++) sb.Append((char)random.Next(1, 0xFFFF));
            var text = sb.ToString();
            Check(Extractor.Extract(text), text, run);
        }
    }

    private static void Check(ExtractionResult result, string text, int run)
    {
        // messages are built only on failure: formatting them for every mention would dominate the run
        foreach (var m in result.Mentions)
            if (m.Span.Start < 0 || m.Span.Start > m.Span.End || m.Span.End > text.Length || m.Span.Line < 1)
                Assert.Fail($"run {run}: mention '{m.Written}' span {m.Span} outside a text of {text.Length}");
        var ids = result.Documents.Select(d => d.LocalId).ToHashSet();
        Assert.Equal(result.Documents.Count, ids.Count);
        foreach (var r in result.Relations)
        {
            Assert.Contains(r.From, ids);
            Assert.Contains(r.To, ids);
            Assert.NotEqual(r.From, r.To);
            if (r.Span.Start < 0 || r.Span.End > text.Length) Assert.Fail($"run {run}: relation span {r.Span}");
        }
        var owned = result.Documents.SelectMany(d => d.Mentions).ToList();
        Assert.Equal(owned.Count, owned.Distinct().Count());
        Assert.All(owned, i => Assert.InRange(i, 0, result.Mentions.Count - 1));
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var sb = new StringBuilder(text);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(sb.Length - at, random.Next(1, 20)));
                    break;
                case 1:
                    sb.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    var len = Math.Min(sb.Length - at, random.Next(1, 80));
                    sb.Insert(random.Next(sb.Length), sb.ToString(at, len));
                    break;
                default:
                    sb[at] = char.ToUpperInvariant(sb[at]) == sb[at] ? char.ToLowerInvariant(sb[at]) : char.ToUpperInvariant(sb[at]);
                    break;
            }
        }
        return sb.ToString();
    }
}
