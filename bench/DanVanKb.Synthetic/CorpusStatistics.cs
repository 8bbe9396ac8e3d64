using System.Text;

using DanVanKb.Core.Extraction;
using DanVanKb.Core.Model;
using DanVanKb.Core.Text;

namespace DanVanKb.Synthetic;

/// <summary>What a set of reports looks like to the real extractor: size, citations per KB (counted with
/// <see cref="Extractor.Extract"/>), dated share, documents and relations per report, footnote and table
/// citations, and passage (block) lengths as the search index cuts them. Printed for the shared reports
/// beside the synthetic ones, so the synthetic corpus can be judged against the real one.</summary>
public sealed record CorpusStatistics(
    string Name,
    int Reports,
    double Megabytes,
    double MeanKb,
    double FullPerKb,
    double ShortPerKb,
    double NamedPerKb,
    double DatedShare,
    double DocumentsPerReport,
    double RelationsPerKb,
    double FootnoteShare,
    double TableShare,
    double PassagesPerReport,
    int PassageP50,
    int PassageP90,
    int PassageMax)
{
    /// <summary>Statistics of texts already extracted (the extraction pass of the bench hands its results here).</summary>
    public static CorpusStatistics Of(string name, IReadOnlyList<(string Text, ExtractionResult Result)> reports)
    {
        long bytes = 0, full = 0, shorts = 0, named = 0, dated = 0, docs = 0, relations = 0, footnote = 0, table = 0, passages = 0;
        var lengths = new List<int>();
        foreach (var (text, result) in reports)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            foreach (var m in result.Mentions)
            {
                switch (m.Kind)
                {
                    case MentionKind.Full:
                        full++;
                        if (m.DateWritten is not null) dated++;
                        if (m.InFootnote) footnote++;
                        if (m.InTable) table++;
                        break;
                    case MentionKind.Short: shorts++; break;
                    default: named++; break;
                }
            }
            docs += result.Documents.Count;
            relations += result.Relations.Count;
            foreach (var b in BlockReader.Read(TextNormalizer.Normalize(text)))
            {
                if (b.Text.Length == 0) continue;
                passages++;
                lengths.Add(b.Text.Length);
            }
        }
        lengths.Sort();
        var kb = bytes / 1024.0;
        int Q(double q) => lengths.Count == 0 ? 0 : lengths[Math.Min(lengths.Count - 1, (int)(q * lengths.Count))];
        double Per(long n, double d) => d == 0 ? 0 : Math.Round(n / d, 3);
        var n = reports.Count;
        return new CorpusStatistics(name, n, Math.Round(bytes / 1e6, 1), Per(bytes, 1024.0 * n), Per(full, kb), Per(shorts, kb), Per(named, kb),
            Per(dated, full), Per(docs, n), Per(relations, kb), Per(footnote, full), Per(table, full), Per(passages, n), Q(0.5), Q(0.9), lengths.Count == 0 ? 0 : lengths[^1]);
    }

    /// <summary>Extracts and measures texts (for the shared reports, a few files).</summary>
    public static CorpusStatistics Measure(string name, IEnumerable<string> texts) =>
        Of(name, [.. texts.Select(t => (t, Extractor.Extract(t)))]);

    /// <summary>The two side by side, one row per figure.</summary>
    public static string Table(CorpusStatistics a, CorpusStatistics b)
    {
        var sb = new StringBuilder();
        var c = System.Globalization.CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"{"",-34} {a.Name,14} {b.Name,14}");
        void Row(string label, object x, object y) => sb.AppendLine(c, $"{label,-34} {Convert.ToString(x, c),14} {Convert.ToString(y, c),14}");
        Row("reports", a.Reports, b.Reports);
        Row("MB", a.Megabytes, b.Megabytes);
        Row("mean KB per report", Math.Round(a.MeanKb, 1), Math.Round(b.MeanKb, 1));
        Row("full citations per KB", a.FullPerKb, b.FullPerKb);
        Row("short back-references per KB", a.ShortPerKb, b.ShortPerKb);
        Row("named references per KB", a.NamedPerKb, b.NamedPerKb);
        Row("dated share of full citations", a.DatedShare, b.DatedShare);
        Row("footnote share of full citations", a.FootnoteShare, b.FootnoteShare);
        Row("table share of full citations", a.TableShare, b.TableShare);
        Row("documents per report", a.DocumentsPerReport, b.DocumentsPerReport);
        Row("relations per KB", a.RelationsPerKb, b.RelationsPerKb);
        Row("passages per report", a.PassagesPerReport, b.PassagesPerReport);
        Row("passage chars p50", a.PassageP50, b.PassageP50);
        Row("passage chars p90", a.PassageP90, b.PassageP90);
        Row("passage chars max", a.PassageMax, b.PassageMax);
        return sb.ToString();
    }
}
