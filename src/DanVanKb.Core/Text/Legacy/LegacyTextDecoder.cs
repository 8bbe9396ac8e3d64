using System.Text;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>Reads the bytes of a plain-text file written in a legacy Vietnamese charset: decodes them as
/// TCVN3, VNI and Windows-1258, scores each reading by how many of its accented words are Vietnamese
/// syllables (<see cref="CharsetScore"/>), and keeps the best one only if it reads clearly as Vietnamese.
/// Western 8-bit text and random bytes read badly in all three and are refused.</summary>
public static class LegacyTextDecoder
{
    /// <summary>The share of accented words that must be syllables: a right charset scores near 100%
    /// (typos and foreign names aside), a wrong one far lower.</summary>
    public const double MinShare = 0.8;

    /// <summary>The share of all words that must be syllables, so that a Western text with a word or two
    /// that happen to read as Vietnamese ("à la carte") is not taken for Vietnamese.</summary>
    public const double MinOverallShare = 0.5;

    /// <summary>The detector reads at most this much of a file; the winner decodes all of it.</summary>
    private const int SampleBytes = 256 * 1024;

    private static readonly LegacyCharset[] Candidates = [LegacyCharset.Tcvn3, LegacyCharset.Vni, LegacyCharset.Windows1258];

    public static LegacyDetection Decode(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SampleBytes ? bytes[..SampleBytes] : bytes;
        var view = Encoding.Latin1.GetString(sample);
        var scores = new List<CharsetScore>(Candidates.Length);
        foreach (var charset in Candidates)
        {
            var strict = charset switch
            {
                LegacyCharset.Tcvn3 => Tcvn3.DecodeView(view, strict: true),
                LegacyCharset.Vni => Vni.DecodeView(view, strict: true),
                _ => Windows1258.Decode(sample),
            };
            scores.Add(CharsetScore.Measure(charset, strict));
        }
        // ties keep the candidates' order (OrderBy is stable): TCVN3, the most common, first
        var best = scores.OrderByDescending(s => s.Share)
            .ThenByDescending(s => s.VietnameseAccentedWords)
            .ThenByDescending(s => s.FrequentWords)
            .First();
        if (best.AccentedWords == 0 || best.Share < MinShare || best.OverallShare < MinOverallShare)
            return new LegacyDetection(null, best, scores);
        var text = best.Charset switch
        {
            LegacyCharset.Tcvn3 => Tcvn3.Decode(bytes),
            LegacyCharset.Vni => Vni.Decode(bytes),
            _ => Windows1258.Decode(bytes),
        };
        return new LegacyDetection(text, best, scores);
    }
}
