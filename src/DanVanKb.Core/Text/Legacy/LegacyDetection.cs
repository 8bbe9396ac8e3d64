using System.Globalization;

namespace DanVanKb.Core.Text.Legacy;

/// <summary>What <see cref="LegacyTextDecoder"/> made of a file's bytes: the text in the charset that
/// read best, or null when none read as Vietnamese; the score of that charset either way.</summary>
public sealed record LegacyDetection(string? Text, CharsetScore Best, IReadOnlyList<CharsetScore> Scores)
{
    public bool Ok => Text is not null;

    public LegacyCharset Charset => Best.Charset;

    /// <summary>"tcvn3", "vni", "windows-1258".</summary>
    public string CharsetName => NameOf(Charset);

    /// <summary>How the charset was recognized, e.g. "97% of 412 accented words are Vietnamese syllables".</summary>
    public string Evidence => Best.AccentedWords == 0
        ? "no accented words"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(Best.Share * 100):0}% of {Best.AccentedWords} accented words are Vietnamese syllables");

    public static string NameOf(LegacyCharset charset) => charset switch
    {
        LegacyCharset.Tcvn3 => "tcvn3",
        LegacyCharset.Vni => "vni",
        _ => "windows-1258",
    };
}
